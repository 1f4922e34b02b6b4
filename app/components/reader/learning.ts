"use client";

import { createContext } from "react";

/**
 * Whether the reader is in learner mode (ReaderView provides it). Only what learner mode
 * adds to the markup listens (the paragraphs' reveal buttons, ReaderCell): other readers'
 * pages do not carry a button per paragraph they never see.
 */
export const Learning = createContext(false);
