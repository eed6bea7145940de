-- X counts characters with weights: most Latin text and punctuation counts 1, other code
-- points (emoji, CJK) count 2, and every link counts 23 whatever its length.
local LIGHT = {
  { 0x0000, 0x10FF }, { 0x2000, 0x200D }, { 0x2010, 0x201F }, { 0x2032, 0x2037 },
}

local function weight(cp)
  for _, range in ipairs(LIGHT) do
    if cp >= range[1] and cp <= range[2] then return 1 end
  end
  return 2
end

return function(s, links)
  local total = 0
  for _, link in ipairs(links) do
    local i, j = s:find(link, 1, true)
    if i then
      s = s:sub(1, i - 1) .. s:sub(j + 1)
      total = total + 23
    end
  end
  if not utf8.len(s) then return total + #s end
  for _, cp in utf8.codes(s) do total = total + weight(cp) end
  return total
end
