/** Types for subset-font (the package ships none). */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' }): Promise<Buffer>;
}

/** fontverter: converts between sfnt, WOFF and WOFF2 (ships no types). */
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer | Uint8Array, to: 'sfnt' | 'woff' | 'woff2', from?: string): Promise<Buffer> };
  export default fontverter;
}
