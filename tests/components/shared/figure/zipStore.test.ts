import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../../../src/components/shared/figure/zipStore';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads a stored archive back by its central directory, as an unzip tool does. */
function readBack(archive: Uint8Array): { name: string; bytes: Uint8Array }[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  return Array.from({ length: count }, () => {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = archive.subarray(start, start + size);
    expect(crc32(data)).toBe(view.getUint32(at + 16, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    return { name, bytes: data };
  });
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import zipfile']);
    return true;
  } catch {
    return false;
  }
})();

describe('zipStore', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes each file whole under its UTF-8 name, found through the central directory', () => {
    const entries = [
      { name: 'gatescope-t-00.png', bytes: bytes('first frame') },
      { name: '第-1-帧.png', bytes: Uint8Array.from({ length: 3000 }, (_, index) => index % 251) },
    ];
    const plain = (files: { name: string; bytes: Uint8Array }[]) => files.map(({ name, bytes }) => [name, [...bytes]]);
    expect(plain(readBack(zipStore(entries)))).toEqual(plain(entries));
  });

  it.skipIf(!hasPython)('writes an archive that Python’s zipfile reads back, names and contents intact', () => {
    const archive = zipStore([
      { name: 'gatescope-t-00.png', bytes: bytes('first frame') },
      { name: '第-1-帧.png', bytes: Uint8Array.from({ length: 3000 }, (_, index) => index % 251) },
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'frames.zip');
    writeFileSync(file, archive);
    const listing = execFileSync('python3', [
      '-c',
      'import sys, zipfile, zlib\n' +
        'z = zipfile.ZipFile(sys.argv[1])\n' +
        'assert z.testzip() is None\n' +
        'print("\\n".join(f"{i.filename} {i.file_size} {zlib.crc32(z.read(i)):08x}" for i in z.infolist()))',
      file,
    ]).toString();
    expect(listing.trim().split('\n')).toEqual([
      `gatescope-t-00.png 11 ${crc32(bytes('first frame')).toString(16).padStart(8, '0')}`,
      expect.stringMatching(/^第-1-帧\.png 3000 [0-9a-f]{8}$/),
    ]);
  });
});
