// The channel-program builder's model: palettes per device type, ECKD parameter helpers (spec §8.3), ready-made
// examples, validation, and serialisation to the ssch/execute JSON of api.md. Pure functions, no DOM.

export const FLAGS = ['CD', 'CC', 'SLI', 'SKIP', 'PCI', 'IDA', 'S', 'MIDA'];
export const ORB_DEFAULTS = Object.freeze({ intparm: '0x00010100', key: 0, format1: true, prefetch: true, lpm: 'ff', ils: false, suspend: false });


/** Big-endian bytes as hex: [value, byteWidth] pairs. */
function bytes(...fields) {
  return fields.map(([v, w]) => Number(v).toString(16).padStart(w * 2, '0').slice(-w * 2)).join('');
}

/** Define Extent parameters, 16 bytes (spec §8.3): file mask, global attributes (ECKD mode), extent CCHH..CCHH. */
export function defineExtent({ fileMask = 0x40, globalAttributes = 0xc0, blockSize = 0, beginCyl = 0, beginHead = 0, endCyl = 0, endHead = 0 } = {}) {
  return bytes([fileMask, 1], [globalAttributes, 1], [blockSize, 2], [0, 4], [beginCyl, 2], [beginHead, 2], [endCyl, 2], [endHead, 2]);
}

export const LR_OPERATIONS = { orient: 0x00, 'write data': 0x01, 'format write': 0x03, 'read data': 0x06, 'read tracks': 0x0c };

/** Locate Record parameters, 16 bytes (spec §8.3): orientation/operation, count, seek CCHH, search CCHHR, sector. */
export function locateRecord({ orientation = 0, operation = 0x06, count = 1, cyl = 0, head = 0, record = 1, sector = 0xff, transferLength = 0 } = {}) {
  if (count < 1 || count > 255) throw new RangeError('Locate Record count is 1..255');
  return bytes([(orientation << 6) | operation, 1], [0, 1], [0, 1], [count, 1], [cyl, 2], [head, 2], [cyl, 2], [head, 2], [record, 1], [sector, 1], [transferLength, 2]);
}

/** Seek argument, 6 bytes: 0000 CC HH. */
export function seekArgument({ cyl = 0, head = 0 } = {}) {
  return bytes([0, 2], [cyl, 2], [head, 2]);
}

const common = [
  { cmd: 'e4', name: 'Sense ID', kind: 'read', count: 256, flags: ['SLI'] },
  { cmd: '04', name: 'Sense', kind: 'read', count: 32, flags: ['SLI'] },
];

/** Command palettes by device type family (the part of devType before the slash). */
export const PALETTES = {
  3390: [...common,
    { cmd: '64', name: 'Read Device Characteristics', kind: 'read', count: 64 },
    { cmd: 'fa', name: 'Read Configuration Data', kind: 'read', count: 256, flags: ['SLI'] },
    { cmd: '63', name: 'Define Extent', kind: 'write', helper: 'defineExtent', data: defineExtent() },
    { cmd: '47', name: 'Locate Record', kind: 'write', helper: 'locateRecord', data: locateRecord() },
    { cmd: '86', name: 'Read Data (MT)', kind: 'read', count: 4096, flags: ['SLI'] },
    { cmd: '06', name: 'Read Data', kind: 'read', count: 80, flags: ['SLI'] },
    { cmd: '12', name: 'Read Count', kind: 'read', count: 8 },
    { cmd: '1a', name: 'Read Home Address', kind: 'read', count: 5 },
    { cmd: '16', name: 'Read Record Zero', kind: 'read', count: 16, flags: ['SLI'] },
    { cmd: '07', name: 'Seek', kind: 'write', helper: 'seek', data: seekArgument() },
    { cmd: '31', name: 'Search ID Equal', kind: 'write', data: '0000000001' },
  ],
  3490: [...common,
    { cmd: '07', name: 'Rewind', kind: 'control' },
    { cmd: '01', name: 'Write', kind: 'write', data: 'c8c5d3d3d6' },
    { cmd: '02', name: 'Read Forward', kind: 'read', count: 4096, flags: ['SLI'] },
    { cmd: '0c', name: 'Read Backward', kind: 'read', count: 4096, flags: ['SLI'] },
    { cmd: '1f', name: 'Write Tape Mark', kind: 'control' },
    { cmd: '37', name: 'Forward Space Block', kind: 'control' },
    { cmd: '27', name: 'Backspace Block', kind: 'control' },
    { cmd: '3f', name: 'Forward Space File', kind: 'control' },
    { cmd: '2f', name: 'Backspace File', kind: 'control' },
    { cmd: '0f', name: 'Rewind Unload', kind: 'control' },
  ],
  3270: [...common,
    { cmd: '05', name: 'Erase/Write', kind: 'write', data: 'c311c15dc8c5d3d3d6' },
    { cmd: '01', name: 'Write', kind: 'write', data: 'c3' },
    { cmd: '0d', name: 'Erase/Write Alternate', kind: 'write', data: 'c3' },
    { cmd: '02', name: 'Read Buffer', kind: 'read', count: 1920, flags: ['SLI'] },
    { cmd: '06', name: 'Read Modified', kind: 'read', count: 1920, flags: ['SLI'] },
    { cmd: '0b', name: 'Select', kind: 'control' },
  ],
};

/** The palette for a devType such as "3390/0c" or "3278/02" (3278/3279 displays share the 3270 set). */
export function paletteFor(devType) {
  const family = String(devType ?? '').split('/')[0];
  if (PALETTES[family]) return PALETTES[family];
  if (/^327\d$/.test(family)) return PALETTES[3270];
  if (/^34[89]0$/.test(family)) return PALETTES[3490];
  return common;
}

/** A builder CCW from a palette entry (copies, so edits never touch the palette). */
export function ccwFrom(entry) {
  return { cmd: entry.cmd, name: entry.name, kind: entry.kind, count: entry.kind === 'read' ? entry.count : 0,
    data: entry.kind === 'write' ? entry.data : '', flags: [...(entry.flags ?? [])], helper: entry.helper ?? null, tic: 0 };
}

export function tic(target) {
  return { cmd: '08', name: 'Transfer in Channel', kind: 'tic', count: 0, data: '', flags: [], helper: null, tic: target };
}

/** Ready-made programs per device family: name → CCW list (command chaining set where the program goes on). */
export function examplesFor(devType) {
  const p = paletteFor(devType);
  const by = cmd => ccwFrom(p.find(e => e.cmd === cmd));
  const chain = list => list.map((c, i) => (i < list.length - 1 && !c.flags.includes('CC') ? { ...c, flags: [...c.flags, 'CC'] } : c));
  const examples = { 'Sense ID': [by('e4')] };
  if (p === PALETTES[3390]) {
    examples['Read Device Characteristics'] = [by('64')];
    examples['Read the volume label (DE + LR + Read Data)'] = chain([
      { ...by('63'), data: defineExtent({ fileMask: 0x40, beginCyl: 0, beginHead: 0, endCyl: 0, endHead: 0 }) },
      { ...by('47'), data: locateRecord({ operation: 0x06, count: 1, cyl: 0, head: 0, record: 3 }) },
      { ...by('06'), count: 80 },
    ]);
    examples['Sense ID, then Read Device Characteristics'] = chain([by('e4'), by('64')]);
  } else if (p === PALETTES[3490]) {
    examples['Rewind, write a block and a tape mark'] = chain([by('07'), by('01'), by('1f')]);
    examples['Rewind and read the first block'] = chain([by('07'), by('02')]);
  } else if (p === PALETTES[3270]) {
    examples['Erase/Write "HELLO"'] = [by('05')];
    examples['Read Buffer'] = [by('02')];
  }
  return examples;
}

/** Problems that would make the API refuse the program (index, field, message); empty when it is fine. */
export function validate(ccws) {
  const problems = [];
  if (ccws.length === 0) problems.push({ index: -1, field: 'program', message: 'add at least one CCW' });
  ccws.forEach((c, i) => {
    if (!/^[0-9a-f]{2}$/i.test(c.cmd)) problems.push({ index: i, field: 'cmd', message: 'command code is two hex digits' });
    if (c.kind === 'tic') {
      if (!Number.isInteger(c.tic) || c.tic < 0 || c.tic >= ccws.length) problems.push({ index: i, field: 'tic', message: `TIC target must be 0..${ccws.length - 1}` });
      return;
    }
    if (c.kind === 'write') {
      const d = String(c.data).replace(/\s+/g, '');
      if (!/^([0-9a-f]{2})*$/i.test(d)) problems.push({ index: i, field: 'data', message: 'data must be whole bytes of hex' });
      else if (d.length === 0) problems.push({ index: i, field: 'data', message: 'a write CCW needs data' });
    }
    if (c.kind === 'read' && !(Number.isInteger(c.count) && c.count >= 1 && c.count <= 65535)) problems.push({ index: i, field: 'count', message: 'count must be 1..65535' });
  });
  return problems;
}

/** The ssch/execute body of api.md: clients never send addresses; only ORB fields that differ are sent. */
export function serialize(ccws, orb = {}, timeoutMs) {
  const body = {};
  const orbOut = {};
  for (const [k, v] of Object.entries(orb)) if (v !== undefined && v !== ORB_DEFAULTS[k]) orbOut[k] = v;
  if (Object.keys(orbOut).length) body.orb = orbOut;
  body.program = ccws.map(c => {
    if (c.kind === 'tic') return { cmd: '08', tic: c.tic };
    const out = { cmd: c.cmd.toLowerCase() };
    if (c.flags.length) out.flags = FLAGS.filter(f => c.flags.includes(f));
    if (c.kind === 'read') { out.count = c.count; out.read = true; }
    else if (c.kind === 'write') out.data = String(c.data).replace(/\s+/g, '').toLowerCase();
    else out.count = 0;
    return out;
  });
  if (timeoutMs !== undefined) body.timeoutMs = timeoutMs;
  return body;
}

/** Moves the CCW at `from` to `to`, keeping TIC targets pointing at the same CCWs. */
export function move(ccws, from, to) {
  if (to < 0 || to >= ccws.length || from === to) return ccws;
  const order = ccws.map((_, i) => i);
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  return order.map(old => {
    const c = ccws[old];
    return c.kind === 'tic' ? { ...c, tic: newIndex.get(c.tic) ?? c.tic } : c;
  });
}

/** Removes a CCW; TICs after it are renumbered, TICs to it are pointed at its successor (or the end). */
export function remove(ccws, index) {
  return ccws.filter((_, i) => i !== index).map(c => {
    if (c.kind !== 'tic') return c;
    const t = c.tic > index ? c.tic - 1 : c.tic;
    return { ...c, tic: Math.min(t, Math.max(0, ccws.length - 2)) };
  });
}

