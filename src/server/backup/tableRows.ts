import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** What a table's COPY text measured as it passed: its rows (one a line), bytes and SHA-256. */
export interface Measured {
  rows: number;
  bytes: number;
  sha256: string;
}

const newline = 0x0a;

/**
 * Passes COPY text through unchanged while measuring it. In the text format a line break inside a value is written
 * as `\n`, so each line feed ends one row.
 */
export class RowMeter extends Transform {
  private readonly hash = createHash('sha256');
  private rows = 0;
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(newline); at !== -1; at = chunk.indexOf(newline, at + 1)) this.rows++;
    done(null, chunk);
  }

  measured(): Measured {
    return { rows: this.rows, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
