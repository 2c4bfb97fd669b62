import { inflateRawSync } from 'node:zlib';

/**
 * Checks a .docx's zip container before anything unpacks it, so that a zip bomb or a truncated
 * download is refused with its cause instead of exhausting memory or failing somewhere inside
 * mammoth. Reads the structure the zip format documents (APPNOTE.TXT): the end-of-central-
 * directory record, the ZIP64 records when present, and each central-directory entry; then
 * inflates every entry with its declared size as a hard output limit, because sizes can lie.
 */

export interface ZipLimits {
  /** Declared uncompressed bytes of all entries together. */
  maxTotal: number;
  /** Compression ratio above which an entry larger than `ratioFloor` is refused. */
  maxRatio: number;
  ratioFloor: number;
  maxEntries: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxTotal: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
  // A .docx holds a few dozen parts; tens of thousands is a crafted file.
  maxEntries: 10_000,
};

/** Why the zip is refused, in both languages. */
export interface ZipRefusal {
  zh: string;
  en: string;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** Null when the zip may be handed to mammoth; otherwise the reason to refuse it. */
export function checkDocxZip(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipRefusal | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = readCentralDirectory(view, bytes);
  if ('zh' in read) return read;
  const { entries, centralOffset } = read;
  if (entries.length > limits.maxEntries) {
    return { zh: `ZIP 中有 ${entries.length} 个条目，远超 .docx 文档的正常数量`, en: `the zip holds ${entries.length} entries, far more than a .docx document has` };
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return { zh: '文档已加密（受密码保护），请解除密码后再检查', en: 'the document is encrypted (password-protected): remove the password and try again' };
    total += entry.uncompressed;
    if (entry.uncompressed > limits.ratioFloor && entry.uncompressed / Math.max(entry.compressed, 1) > limits.maxRatio) {
      const ratio = Math.round(entry.uncompressed / Math.max(entry.compressed, 1));
      return {
        zh: `ZIP 条目 ${entry.name} 的压缩比高达 ${ratio}:1，不合常理（疑似压缩炸弹）`,
        en: `zip entry ${entry.name} has an absurd compression ratio of ${ratio}:1 (a possible zip bomb)`,
      };
    }
  }
  if (total > limits.maxTotal) {
    const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
    return {
      zh: `ZIP 声明的解压后总大小为 ${mib(total)} MiB，超过 ${mib(limits.maxTotal)} MiB 的上限（疑似压缩炸弹）`,
      en: `the zip declares ${mib(total)} MiB uncompressed in total, over the ${mib(limits.maxTotal)} MiB limit (a possible zip bomb)`,
    };
  }
  for (const entry of entries) {
    const refusal = checkEntryData(view, bytes, entry, centralOffset);
    if (refusal) return refusal;
  }
  return null;
}

const DAMAGED: ZipRefusal = {
  zh: '文件不完整或已损坏：找不到完整的 ZIP 中央目录（下载可能被截断）',
  en: 'the file is truncated or damaged: no complete zip central directory (the download may have been cut short)',
};

function damaged(zhWhat: string, enWhat: string): ZipRefusal {
  return { zh: `文件已损坏：${zhWhat}`, en: `the file is damaged: ${enWhat}` };
}

function readCentralDirectory(view: DataView, bytes: Uint8Array): { entries: Entry[]; centralOffset: number } | ZipRefusal {
  // The end record is 22 bytes plus a comment of up to 65535 bytes, at the very end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - MAX16; i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return DAMAGED;
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    return { zh: '分卷 ZIP 压缩包不是有效的 .docx 文档', en: 'a multi-volume zip is not a valid .docx document' };
  }
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let end = eocd;
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return DAMAGED;
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record < 0 || record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) return DAMAGED;
    count = safeNumber(view.getBigUint64(record + 32, true));
    size = safeNumber(view.getBigUint64(record + 40, true));
    offset = safeNumber(view.getBigUint64(record + 48, true));
    end = record;
  }
  if (count < 0 || size < 0 || offset < 0 || offset + size > end) return DAMAGED;

  const entries: Entry[] = [];
  let p = offset;
  while (p < offset + size) {
    if (p + 46 > offset + size || view.getUint32(p, true) !== CENTRAL) return damaged('ZIP 中央目录条目无效', 'an invalid zip central-directory entry');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return damaged('ZIP 中央目录条目无效', 'an invalid zip central-directory entry');
    const entry: Entry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (!applyZip64Extra(view, p + 46 + nameLength, extraLength, entry)) return damaged(`ZIP64 扩展字段无效（${entry.name}）`, `an invalid ZIP64 extra field (${entry.name})`);
    entries.push(entry);
    p = next;
  }
  if (entries.length !== count) return DAMAGED;
  return { entries, centralOffset: offset };
}

/** Sizes and offset that do not fit 32 bits are in the entry's ZIP64 extra field (id 0x0001). */
function applyZip64Extra(view: DataView, start: number, length: number, entry: Entry): boolean {
  const wanted = [entry.uncompressed === MAX32, entry.compressed === MAX32, entry.localOffset === MAX32];
  if (!wanted.some(Boolean)) return true;
  for (let q = start; q + 4 <= start + length; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const take = () => {
        if (r + 8 > q + 4 + size) return -1;
        const value = safeNumber(view.getBigUint64(r, true));
        r += 8;
        return value;
      };
      if (wanted[0]) entry.uncompressed = take();
      if (wanted[1]) entry.compressed = take();
      if (wanted[2]) entry.localOffset = take();
      return entry.uncompressed >= 0 && entry.compressed >= 0 && entry.localOffset >= 0;
    }
    q += 4 + size;
  }
  return false;
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
}

/** The entry's data is where the directory says, and expands to no more than it declares. */
function checkEntryData(view: DataView, bytes: Uint8Array, entry: Entry, centralOffset: number): ZipRefusal | null {
  const at = entry.localOffset;
  if (at + 30 > centralOffset || view.getUint32(at, true) !== LOCAL) {
    return damaged(`找不到 ZIP 条目 ${entry.name} 的数据`, `the data of zip entry ${entry.name} is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressed;
  if (end > centralOffset) return damaged(`ZIP 条目 ${entry.name} 的数据不完整`, `the data of zip entry ${entry.name} is incomplete`);
  if (entry.method === 0) {
    return entry.compressed === entry.uncompressed ? null : damaged(`ZIP 条目 ${entry.name} 的大小不一致`, `zip entry ${entry.name} has inconsistent sizes`);
  }
  if (entry.method !== 8) {
    return { zh: `ZIP 条目 ${entry.name} 使用了不支持的压缩方法（${entry.method}）`, en: `zip entry ${entry.name} uses an unsupported compression method (${entry.method})` };
  }
  let actual: number;
  try {
    actual = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(entry.uncompressed, 1) }).length;
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        zh: `ZIP 条目 ${entry.name} 解压后超过其声明的 ${entry.uncompressed} 字节（疑似压缩炸弹）`,
        en: `zip entry ${entry.name} expands beyond its declared ${entry.uncompressed} bytes (a possible zip bomb)`,
      };
    }
    return damaged(`ZIP 条目 ${entry.name} 的压缩数据无法解压`, `the compressed data of zip entry ${entry.name} cannot be inflated`);
  }
  return actual === entry.uncompressed ? null : damaged(`ZIP 条目 ${entry.name} 的大小与声明不符`, `zip entry ${entry.name} does not have its declared size`);
}
