#!/usr/bin/env node
// `dapr-codes-language-server --stdio`: the server speaks LSP over stdin/stdout.
import '../dist/server.js';
