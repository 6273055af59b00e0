/** Imported last by every entry: see no-dom.ts. */
import {removeStandIns} from './no-dom.js';

removeStandIns();
