/**
 * Line ends as spreadsheet tools read them: "\r\n", "\n" and a lone "\r" (old Mac files, or rows
 * pasted together from different sources) all end a line. CSV parsers guess one line end from
 * the start of a file and glue the rest into cells; unified first, every row is found.
 */
export function unifyLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The same over text that arrives in pieces: a "\r" at the end of a piece waits for the next one. */
export class LineEndUnifier {
  #pendingCr = false;

  push(piece: string): string {
    let text = this.#pendingCr ? `\r${piece}` : piece;
    this.#pendingCr = text.endsWith('\r');
    if (this.#pendingCr) text = text.slice(0, -1);
    return unifyLineEnds(text);
  }

  end(): string {
    const rest = this.#pendingCr ? '\n' : '';
    this.#pendingCr = false;
    return rest;
  }
}
