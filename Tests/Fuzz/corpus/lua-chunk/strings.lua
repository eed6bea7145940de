local s = 'Teile diesen Beitrag und markiere 3 Freunde! #gewinnspiel'
local tags = {}
for tag in s:gmatch('#(%w+)') do tags[#tags + 1] = tag end
return s:find('markiere (%d+) Freunde'), s:gsub('%s+', '_'), string.format('%q %5.2f %d', s, 1/3, 42),
  utf8.len('Bäckerei'), ('x'):rep(3, ','), string.pack('<i4', 7):byte(1, -1), tags
