// Image residue glued to the first word: "mko3Iraqi government has …" keeps "Iraqi government has …".
// A lowercase token ending in a digit, fused to a capitalised word, is a file name or alt text.
const RESIDUE = /^[a-z][a-z0-9_-]{0,40}[0-9](?=\p{Lu}\p{Ll})/u;

/** Length of the residue at the start of `text`, 0 when there is none. */
export function residueLength(text: string): number {
  return RESIDUE.exec(text)?.[0].length ?? 0;
}
