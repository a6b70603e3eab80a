/**
 * File sizes for the upload list, in binary units (KiB = 1024 B).
 *
 * Below 1 KiB the size is shown in whole bytes ("512 B"); from 1024 bytes on it
 * is shown with one decimal in the largest unit that keeps the number at or
 * above 1: 1024 B is "1.0 KiB", 1536 B is "1.5 KiB", 1048576 B is "1.0 MiB".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) {
    throw new RangeError(`invalid size: ${bytes}`);
  }
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 ** 2) {
    return `${(bytes / 1024).toFixed(1)} KiB`;
  }
  if (bytes < 1024 ** 3) {
    return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  }
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** "3 of 10 files, 4.5 MiB of 12.0 MiB" progress line. */
export function progressLine(doneFiles: number, totalFiles: number, doneBytes: number, totalBytes: number): string {
  return `${doneFiles} of ${totalFiles} files, ${formatBytes(doneBytes)} of ${formatBytes(totalBytes)}`;
}
