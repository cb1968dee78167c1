// A tiny XML well-formedness check for the SVG the renderers write, so unit tests need no DOM:
// one root element, every tag closed in order, attributes quoted and not repeated, and no bare
// '<' or '&' in text or attribute values. (The browser test parses with DOMParser as well.)

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'y');
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

/** The problems found; empty when `xml` is a well-formed document with one root element. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (text: string, where: number) => {
    for (let j = text.indexOf('&'); j >= 0; j = text.indexOf('&', j + 1)) {
      ENTITY.lastIndex = j;
      if (!ENTITY.test(text)) problems.push(`bare '&' at ${where + j}: ${text.slice(j, j + 12)}`);
    }
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim() !== '' && stack.length === 0) problems.push(`text outside the root at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) {
      problems.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
      break;
    }
    const [whole, closing, name, attributes, selfClosing] = m;
    const seen = new Set<string>();
    for (const a of attributes!.matchAll(ATTR)) {
      if (seen.has(a[1]!)) problems.push(`<${name}> repeats attribute ${a[1]}`);
      seen.add(a[1]!);
      const value = a[2] ?? a[3] ?? '';
      if (value.includes('<')) problems.push(`'<' in attribute ${a[1]} of <${name}>`);
      checkText(value, lt);
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name!);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
