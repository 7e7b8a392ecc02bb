import type { CsvList } from '@mentor-match/core';

/**
 * A staff member exported a list of `<mentor-program-office>` as CSV: `file` is the whole file (UTF-8 with a
 * byte order mark), `rows` how many items it holds (the header row aside), `fileName` the name it is saved
 * under. Fired before the browser saves it; cancel it (`preventDefault()`) to handle the file yourself (send
 * it somewhere else), and nothing is saved.
 */
export class MentorExportEvent extends Event {
  static readonly type = 'mentor-export';
  readonly list: CsvList;
  readonly rows: number;
  readonly fileName: string;
  readonly file: Blob;

  constructor(list: CsvList, rows: number, fileName: string, file: Blob) {
    super(MentorExportEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.list = list;
    this.rows = rows;
    this.fileName = fileName;
    this.file = file;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-export': MentorExportEvent;
  }
}
