// Random help-desk CSV exports whose rows and lines are known by construction, for the
// differential fuzz test of the audit paths: any of four encodings (UTF-8 with or without BOM,
// UTF-16LE, windows-1252), separators, line ends mixed within a file (CRLF, LF, lone CR),
// empty lines before the header and between rows, quoted fields with separators, doubled quotes
// and line breaks, quotes inside bare fields, rows of the wrong width, bad priorities and dates,
// and a last row whose quote never closes. Seeded: a seed always makes the same bytes.

/** A generated export and what any reader must find in it. */
export interface FuzzExport {
  bytes: Buffer;
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
  /** The file line each row starts on, and its ticket id when the row has one to give. */
  rows: { line: number; id: string | undefined }[];
}

/** A small fast PRNG (mulberry32): the same seed, the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINE_END = /\r\n|\r|\n/g;
/** Notes written bare although they hold quotes: a quote opens a field only as its first character. */
const STRAY = ['TV 5" pantalla', 'abc"def', '5""'];

/**
 * The export of `seed`.
 *
 * @example
 * const { bytes, encoding, rows } = randomExport(42);
 */
export function randomExport(seed: number): FuzzExport {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const encoding = pick(['utf-8', 'utf-8', 'utf-16le', 'windows-1252'] as const);
  const bom = encoding === 'utf-16le' || (encoding === 'utf-8' && chance(0.4));
  const delimiter = pick([',', ';', '\t', '|']);
  const fileEol = pick(['\n', '\r\n', '\r']);
  const eol = () => (chance(0.25) ? pick(['\n', '\r\n', '\r']) : fileEol);
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const bare = (text: string) => (/["\r\n]/.test(text) || text.includes(delimiter) ? quote(text) : text);

  const header = ['caso', 'prioridad', 'fecha_creacion', 'fecha_respuesta', 'fecha_solucion', 'notas'];
  const lines: [text: string, eol: string][] = [];
  for (let i = Math.floor(random() * 3); i > 0; i--) lines.push(['', eol()]);
  lines.push([header.map((h) => (chance(0.1) ? quote(h) : h)).join(delimiter), eol()]);
  const expected: { index: number; id: string | undefined }[] = [];
  const count = Math.floor(random() * 16);
  for (let r = 0; r < count; r++) {
    if (chance(0.1)) lines.push(['', eol()]);
    const id = `T-${seed}-${r}`;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const at = (hour: number) =>
      `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${pick(['00', '15', '45'])}`;
    const reported = chance(0.05)
      ? pick(['31/02/2024 10:15', '2024-13-01 09:00', 'mañana'])
      : at(7 + Math.floor(random() * 4));
    const cells = [
      id,
      pick(['Urgente', 'Alta', 'Normal', 'Baja', 'Importante', 'Nope']),
      reported,
      chance(0.7) ? at(12 + Math.floor(random() * 3)) : '',
      chance(0.5) ? at(16 + Math.floor(random() * 3)) : '',
      note(),
    ].map((cell, k) => (k === 5 && STRAY.includes(cell) ? cell : bare(cell)));
    if (chance(0.05))
      cells.pop(); // a row too short
    // biome-ignore lint/suspicious/noDuplicateElseIf: chance() draws a new random number on each call
    else if (chance(0.05)) cells.push('extra'); // a row too long
    const widthError = cells.length !== header.length;
    if (r === count - 1 && chance(0.1)) {
      // A quote that never closes: the rest of the file is this one error row.
      lines.push([[...cells.slice(0, 5), `"never closed${eol()}more`].join(delimiter), eol()]);
      expected.push({ index: lines.length - 1, id: undefined });
      break;
    }
    lines.push([cells.join(delimiter), eol()]);
    expected.push({ index: lines.length - 1, id: widthError ? undefined : id });
  }

  // An empty line after a CR would make a CR LF pair one line end: such an empty line ends with a CR.
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]![0] === '' && lines[i - 1]![1] === '\r' && lines[i]![1] === '\n') lines[i]![1] = '\r';
  }
  const trailing = chance(0.7);
  let text = bom ? '\ufeff' : '';
  const starts: number[] = [];
  let line = 1;
  lines.forEach(([content, end], i) => {
    starts.push(line);
    text += content + (i < lines.length - 1 || trailing ? end : '');
    line += 1 + (content.match(LINE_END)?.length ?? 0);
  });
  const bytes =
    encoding === 'utf-16le'
      ? Buffer.from(text, 'utf16le')
      : encoding === 'windows-1252'
        ? Buffer.from(text, 'latin1')
        : Buffer.from(text);
  return { bytes, encoding, rows: expected.map(({ index, id }) => ({ line: starts[index]!, id })) };

  function note(): string {
    switch (Math.floor(random() * 7)) {
      case 0:
        return '';
      case 1:
        return pick(['visita en sitio', 'ñandú, café', 'x']);
      case 2:
        return `línea uno${eol()}línea dos${chance(0.5) ? `${eol()}tres` : ''}`;
      case 3:
        return `dijo "hola"${delimiter} y se fue`;
      case 4:
        return pick(STRAY);
      case 5:
        return `${eol()}`;
      default:
        return `a${delimiter}b${eol()}${eol()}c`;
    }
  }
}
