// SCSW bits by name (spec §5.4) and sense bytes explained (spec §8.4), from the API's IRB JSON.

export const LABELS = {
  SUSPEND: 'S suspend control', ESW_FORMAT0: 'L ESW format 0 stored', FORMAT1: 'F format-1 CCWs', PREFETCH: 'P prefetch',
  INITIAL_STATUS: 'I initial-status interruption control', ADDRESS_LIMIT: 'A address-limit checking',
  SUPPRESS_SUSPENDED: 'U suppress-suspended interruption', ZERO_CC: 'Z zero condition code',
  EXTENDED_CONTROL: 'E extended control', PATH_NOT_OPERATIONAL: 'N path not operational',
  START: 'start function', HALT: 'halt function', CLEAR: 'clear function',
  RESUME_PENDING: 'resume pending', START_PENDING: 'start pending', HALT_PENDING: 'halt pending', CLEAR_PENDING: 'clear pending',
  SUBCHANNEL_ACTIVE: 'subchannel active', DEVICE_ACTIVE: 'device active', SUSPENDED: 'suspended',
  ALERT: 'alert status', INTERMEDIATE: 'intermediate status', PRIMARY: 'primary status', SECONDARY: 'secondary status',
  STATUS_PENDING: 'status pending',
  ATTN: 'attention', SM: 'status modifier', CUE: 'control-unit end', BUSY: 'busy', CE: 'channel end', DE: 'device end',
  UC: 'unit check', UE: 'unit exception',
  PCI: 'program-controlled interruption', IL: 'incorrect length', PROGRAM_CHECK: 'program check',
  PROTECTION_CHECK: 'protection check', CHANNEL_DATA_CHECK: 'channel-data check', CHANNEL_CONTROL_CHECK: 'channel-control check',
  INTERFACE_CONTROL_CHECK: 'interface-control check', CHAINING_CHECK: 'chaining check',
};

const DEFERRED_CC = { 0: 'normal interruption', 1: 'start not initiated: status presented during initiation',
  2: 'not used', 3: 'device not operational on the selected paths' };

function bits(name, list = []) {
  return { name, value: list.length ? list.join(' ') : 'none', meaning: list.map(b => LABELS[b] ?? b).join(', ') };
}

/** Rows {name, value, meaning} in the order the server-rendered page shows them. */
export function explainScsw(s) {
  return [
    { name: 'key', value: String(s.key), meaning: 'storage key from the ORB' },
    bits('flags', s.flags),
    { name: 'deferred cc', value: String(s.deferredCc), meaning: DEFERRED_CC[s.deferredCc] ?? '' },
    bits('function control', s.fctl),
    bits('activity control', s.actl),
    bits('status control', s.stctl),
    { name: 'CCW address', value: s.cpa, meaning: '8 bytes past the last CCW executed' },
    bits('device status', s.dstat),
    bits('subchannel status', s.cstat),
    { name: 'residual count', value: String(s.count), meaning: 'bytes of the last CCW not transferred' },
    { name: 'interruption', value: s.solicited ? 'solicited' : 'unsolicited', meaning: s.isFinal ? 'final: the program is over' : 'intermediate' },
  ];
}

const SENSE0 = ['command reject', 'intervention required', 'bus-out check', 'equipment check', 'data check', 'overrun',
  'control check', 'incomplete domain / operation check'];
const SENSE1_DASD = ['permanent error', 'invalid track format', 'end of cylinder', 'message to operator', 'no record found',
  'file protected', 'write inhibited', 'imprecise ending'];

function setBits(table, value) {
  return table.filter((_, bit) => (value & (0x80 >> bit)) !== 0);
}

/** Sense bytes 0 and 1 (DASD meanings) and the format/message nibbles of byte 7, as the server explains them. */
export function explainSense(hex) {
  const bytes = (hex ?? '').match(/../g)?.map(b => parseInt(b, 16)) ?? [];
  if (bytes.length === 0) return 'no sense data';
  const parts = [...setBits(SENSE0, bytes[0]), ...(bytes.length > 1 ? setBits(SENSE1_DASD, bytes[1]) : [])];
  let text = parts.length ? parts.join(', ') : 'no byte 0/1 bits';
  if (bytes.length > 7) text += ` (format ${bytes[7] >> 4}, message ${bytes[7] & 0x0f})`;
  return text;
}
