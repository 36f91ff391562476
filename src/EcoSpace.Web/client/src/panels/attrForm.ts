// The attribute form of a kind, built from GET /api/schema: code lists as dropdowns with zh/en
// labels, booleans as yes/no, dates and integers typed; properties outside the schema are kept and
// editable as text. Each control has data-testid="attr-<property>".
import type { KindSchema, PropertySchema, Properties } from '../api/types';
import { t, lang } from '../i18n';
import { h } from '../util/dom';

export type OnAttr = (name: string, value: unknown) => void;

/** The value a control's text stands for (undefined = remove the property). */
export function parseValue(type: string, text: string): unknown {
  if (text === '') return undefined;
  switch (type) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'integer': {
      const n = Number(text);
      return Number.isInteger(n) ? n : text;
    }
    default:
      return text;
  }
}

/** The text a control shows for a value. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function control(kind: string, p: PropertySchema, value: unknown, readOnly: boolean, onAttr: OnAttr): HTMLElement {
  const id = `attr-${kind}-${p.name}`;
  const common = { id, name: p.name, testid: `attr-${p.name}`, disabled: readOnly };
  const emit = (e: Event): void => onAttr(p.name, parseValue(p.type, (e.target as HTMLInputElement | HTMLSelectElement).value));
  const l = lang();
  if (p.codes && p.codes.length) {
    const current = formatValue(value);
    const known = p.codes.some((c) => c.code === current);
    return h(
      'select',
      { ...common, onchange: emit },
      h('option', { value: '' }, t('form.none')),
      p.codes.map((c) => h('option', { value: c.code, selected: c.code === current }, `${c[l]} (${c.code})`)),
      // a stored value outside the list is shown as it is, never silently changed
      !known && current !== '' ? h('option', { value: current, selected: true }, `${current} ?`) : null,
    );
  }
  if (p.type === 'boolean') {
    const current = value === true ? 'true' : value === false ? 'false' : '';
    return h(
      'select',
      { ...common, onchange: emit },
      h('option', { value: '', selected: current === '' }, t('form.none')),
      h('option', { value: 'true', selected: current === 'true' }, t('form.true')),
      h('option', { value: 'false', selected: current === 'false' }, t('form.false')),
    );
  }
  const type = p.type === 'date' ? 'date' : p.type === 'integer' ? 'number' : 'text';
  return h('input', {
    ...common,
    type,
    value: formatValue(value),
    step: type === 'number' ? '1' : undefined,
    maxlength: p.type === 'region_code' ? '6' : undefined,
    pattern: p.type === 'region_code' ? '\\d{6}' : undefined,
    readOnly,
    onchange: emit,
  });
}

export function attrForm(schema: KindSchema | undefined, kind: string, props: Properties, readOnly: boolean, onAttr: OnAttr): HTMLFormElement {
  const l = lang();
  const form = h('form', { class: 'attr-form', testid: 'attr-form', onsubmit: (e: Event) => e.preventDefault(), dataset: { kind } });
  const known = new Set<string>(['version']);
  for (const p of schema?.properties ?? []) {
    known.add(p.name);
    form.append(
      h('label', { for: `attr-${kind}-${p.name}`, class: p.required ? 'required' : p.recommended ? 'recommended' : '', title: p.recommended ? `${p.name}: ${t('form.recommended')}` : p.name }, (l === 'zh' ? p.zh : p.en) || p.name),
      control(kind, p, props[p.name], readOnly, onAttr),
    );
  }
  const extra = Object.keys(props).filter((k) => !known.has(k));
  if (extra.length) {
    form.append(h('div', { class: 'section' }, t('form.other')));
    for (const name of extra) {
      form.append(
        h('label', { for: `attr-${kind}-${name}`, title: name }, name),
        control(kind, { name, type: typeof props[name] === 'number' ? 'integer' : 'text' }, props[name], readOnly, onAttr),
      );
    }
  }
  return form;
}
