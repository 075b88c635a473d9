/** Already-rendered XML to place inside an element (used to cache fragments of large responses). */
export class XmlRaw {
  constructor(readonly xml: string) {}
}

export type XmlValue = string | number | boolean | null | undefined | XmlRaw | XmlValue[] | { [key: string]: XmlValue };

const SPECIAL = /[&<>"']/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]) : text;
}

/** Element names for a value's children: a struct member keeps its key; list items get the protocol's item name. */
export interface XmlNaming {
  /** The element name for member `key` of a struct reached through `parentKey`. */
  memberName(key: string, parentKey: string): string;
  /** The element name of a list item (query: member, ec2: item). */
  readonly itemName: string;
}

/** Renders the children of a struct (no wrapping element). Skips null and undefined members. */
export function xmlMembers(value: { [key: string]: XmlValue }, naming: XmlNaming, parentKey = ''): string {
  let out = '';
  for (const key in value) {
    const member = value[key];
    if (member === undefined || member === null) continue;
    out += xmlElement(naming.memberName(key, parentKey), member, naming, key);
  }
  return out;
}

/** Renders <name>value</name>; lists hold one item element per entry. */
export function xmlElement(name: string, value: XmlValue, naming: XmlNaming, key = name): string {
  return `<${name}>${xmlContent(value, naming, key)}</${name}>`;
}

export function xmlContent(value: XmlValue, naming: XmlNaming, key: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof XmlRaw) return value.xml;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += xmlElement(naming.itemName, item, naming, key);
    return out;
  }
  return xmlMembers(value, naming, key);
}

/** awsQuery naming: element names are the member names, list items are <member>. */
export const QUERY_NAMING: XmlNaming = {
  memberName: (key) => key,
  itemName: 'member',
};
