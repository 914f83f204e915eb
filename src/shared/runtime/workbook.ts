import type ExcelJS from 'exceljs';
import { lazyModule } from './lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load has to be a require in CommonJS
const exceljs = lazyModule(() => require('exceljs') as typeof ExcelJS);

/** A new, empty spreadsheet: exceljs is loaded with the first export asked for. */
export const newWorkbook = (): ExcelJS.Workbook => new (exceljs().Workbook)();
