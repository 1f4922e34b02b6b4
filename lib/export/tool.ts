import pkg from "../../package.json";

/** Names written into exported files (TMX creationtool, XLIFF tool). */
export const TOOL_NAME = "Vis-a-vis";
export const TOOL_VERSION: string = pkg.version;
/** Our own prefix for XLIFF extension values and TMX prop types. */
export const TOOL_PREFIX = "vav";
