import { isAcronym, isCapitalised } from "../../lib/text/capitals";

describe("capitals", () => {
  it("a capital first letter, in any script, or an Arabic name's lower-case prefix", () => {
    for (const word of ["Macron", "Élysée", "Шойгу", "Ωμέγα", "al-Assad", "el-Sissi", "KCNA"]) expect(isCapitalised(word)).toBe(true);
    for (const word of ["macron", "élysée", "шойгу", "2025", "al-qaida", "alors", "-Assad"]) expect(isCapitalised(word)).toBe(false);
  });

  it("acronyms: capitals and digits, a letter first", () => {
    for (const word of ["KCNA", "G7", "RPDC"]) expect(isAcronym(word)).toBe(true);
    for (const word of ["Otan", "A", "2025", "7G"]) expect(isAcronym(word)).toBe(false);
  });
});
