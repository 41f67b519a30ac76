// The LSP enum values the server uses, as plain constants: importing them from vscode-languageserver's
// ES-module entry makes Node scan its CommonJS bundle for named exports, ~150 ms of start-up.
import type { CodeActionKind, CompletionItemKind, CompletionItemTag, DiagnosticSeverity, DiagnosticTag, MessageType, TextDocumentSyncKind } from 'vscode-languageserver';

export const QUICK_FIX: CodeActionKind = 'quickfix';
export const INCREMENTAL_SYNC: TextDocumentSyncKind = 2;
export const SEVERITY: Readonly<Record<'error' | 'warning', DiagnosticSeverity>> = { error: 1, warning: 2 };
export const DEPRECATED_TAG: DiagnosticTag = 2;
export const CONSTANT_ITEM: CompletionItemKind = 21;
export const DEPRECATED_ITEM: CompletionItemTag = 1;
export const WARNING_MESSAGE: MessageType = 2;
