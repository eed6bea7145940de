-- Phrasings of entry mechanics in German and English, shared by the checks in init.lua.
-- Plain phrases match case-insensitively at a word start (smkit.text.find_any);
-- patterns run on the normalised text (umlauts folded: ä -> ae).
return {
  share = {
    plain = { "teile diesen beitrag", "teilt diesen beitrag", "teile den beitrag", "teilt den beitrag",
              "teile diesen post", "teilen und gewinnen", "in deiner chronik", "share this post",
              "share on your timeline", "share to enter", "share and win" },
    patterns = { "teil%a* [%a ]-beitrag in dein", "share [%a ]-on your" },
  },
  tag_friends = {
    plain = { "markiere deine freunde", "markiere einen freund", "markiere eine freundin", "markiert eure freunde",
              "tag a friend", "tag your friends", "tag your friend" },
    patterns = { "markier%a* %d+ freund", "markier%a* (%a+) freund", "tag %d+ friend", "tag %a+ friends" },
  },
  tag_self = {
    plain = { "markiere dich", "markiert euch", "tag yourself" },
    patterns = {},
  },
}
