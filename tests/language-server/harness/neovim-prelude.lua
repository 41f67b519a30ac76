-- Loaded before a setup from docs/editors.md: counts the server's diagnostics and keeps its messages.
DAPR_PUBLISHED = 0
DAPR_MESSAGES = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and vim.uri_to_bufnr(result.uri) == vim.api.nvim_get_current_buf() then DAPR_PUBLISHED = DAPR_PUBLISHED + 1 end
  return publish(err, result, ctx, config)
end
vim.lsp.handlers['window/showMessage'] = function(_, result)
  table.insert(DAPR_MESSAGES, result.message)
end
