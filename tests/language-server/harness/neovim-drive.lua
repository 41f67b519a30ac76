-- Run by tests/language-server/neovim.test.ts after a setup from docs/editors.md: waits until the server
-- has published diagnostics for the buffer twice (on open, and with the settings) or 10 s passed, then asks
-- for a hover, completions and code actions at the strings $DAPR_HOVER and $DAPR_FIX name, and writes all
-- of it, with the server's messages, as JSON to $DAPR_RESULT.
local buf = vim.api.nvim_get_current_buf()
vim.wait(10000, function() return DAPR_PUBLISHED >= 2 end, 20)
local out = { diagnostics = {}, messages = DAPR_MESSAGES }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, { message = d.message, line = d.lnum, character = d.col, code = d.code, source = d.source })
end
local function at(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local found = line:find(text, 1, true)
    if found then return { line = i - 1, character = found } end
  end
  error(text .. ' is not in the buffer')
end
local function ask(method, params)
  local results = {}
  for _, answer in pairs(vim.lsp.buf_request_sync(buf, method, params, 5000) or {}) do
    table.insert(results, answer.result or vim.NIL)
  end
  return results
end
local document = { uri = vim.uri_from_bufnr(buf) }
out.hover = ask('textDocument/hover', { textDocument = document, position = at(os.getenv('DAPR_HOVER')) })
out.completion = ask('textDocument/completion', { textDocument = document, position = at(os.getenv('DAPR_HOVER')) })
local fix = at(os.getenv('DAPR_FIX'))
local diagnostics = vim.tbl_filter(function(d) return d.range.start.line == fix.line end, vim.lsp.diagnostic.get_line_diagnostics(buf, fix.line))
out.actions = ask('textDocument/codeAction', { textDocument = document, range = { start = fix, ['end'] = fix }, context = { diagnostics = diagnostics } })
local file = assert(io.open(os.getenv('DAPR_RESULT'), 'w'))
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd('qa!')
