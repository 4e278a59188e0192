/**
 * Lists the entries of a zip file (a .vsix) from its central directory: names and uncompressed
 * sizes, enough to check what a package ships without unpacking it or adding a dependency.
 */
import { readFileSync } from 'node:fs';

/** One file in the archive. */
export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** The entries of the zip at `path`; throws on anything that is not a plain (non-zip64) zip. */
export function zipEntries(path: string): ZipEntry[] {
  const data = readFileSync(path);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${path}: not a zip file (no end of central directory)`);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== CENTRAL_FILE_HEADER)
      throw new Error(`${path}: bad central directory entry ${i}`);
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, size, compressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
