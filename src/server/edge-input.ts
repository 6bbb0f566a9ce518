/**
 * The one check every request's input passes before a handler sees it (the preValidation hook
 * in app.ts): strings PostgreSQL cannot store and JSON nested deeper than any form needs.
 *
 * PostgreSQL refuses U+0000 in text and jsonb, and a lone UTF-16 surrogate cannot be encoded
 * as UTF-8; left alone, either reaches the store and comes back as 503 store.unavailable.
 * Nesting is bounded because the store and the form walkers recurse over the values.
 * The walk itself is iterative, so that the check cannot overflow the stack it protects.
 */

/** Deeper than any form, catalog file or command body the API takes; far below a stack's reach. */
export const MAX_INPUT_DEPTH = 32;

export type InputFault = { kind: 'text'; where: string } | { kind: 'depth'; where: string };

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is something PostgreSQL's text type can store as given. */
export function storableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * The first fault in a parsed input (body, query or path parameters), or null. `where` is a
 * JSON-pointer-like path for the message (cut to 120 characters).
 */
export function inputFault(input: unknown, maxDepth = MAX_INPUT_DEPTH): InputFault | null {
  const stack: { value: unknown; depth: number; where: string }[] = [{ value: input, depth: 0, where: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, depth, where } = item;
    if (typeof value === 'string') {
      if (!storableText(value)) return { kind: 'text', where: where || '/' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    // Uploads arrive as bytes; their names and types are checked where they are stored.
    if (ArrayBuffer.isView(value)) continue;
    // Path parameters and queries are records whose prototype is not Object.prototype.
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.entries(value);
    if (depth >= maxDepth) return { kind: 'depth', where: where || '/' };
    for (const [key, child] of entries) {
      // A key with a NUL is reported under its position, as printing it would print the NUL.
      if (!storableText(key)) return { kind: 'text', where: where || '/' };
      stack.push({ value: child, depth: depth + 1, where: `${where}/${key}`.slice(0, 120) });
    }
  }
  return null;
}
