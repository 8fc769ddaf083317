// Content script entry (document_start, all frames): the paste and typing guard.
import { startPasteGuard } from './guard';

startPasteGuard();
