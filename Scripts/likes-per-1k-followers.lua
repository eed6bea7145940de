-- A custom benchmark metric: likes per 1,000 followers over the period. It appears in
-- `smkit benchmark` beside the built-in metrics, with ranks, gaps and trends.
--
--   smkit benchmark Examples/baeckerei-sonnenschein/competitors.csv \
--     --lua Scripts/likes-per-1k-followers.lua --metric likes_per_1k_followers
local smkit = require "smkit"

smkit.metric {
  id = "likes_per_1k_followers",
  name = { en = "Likes per 1,000 followers", de = "Likes je 1.000 Follower" },
  definition = { en = "Σ likes / followers on the last day × 1000",
                 de = "Summe der Likes / Follower am letzten Tag × 1000" },
  numerator = "likes", denominator = "followers_last / 1000",
  aggregation = "ratio_of_sums", unit = "ratio",
  compute = function(series)
    local likes = series:sum("likes")
    local followers = series:last("followers")
    if not likes then return nil, "no likes in the period" end
    if not followers or followers == 0 then return nil, "no follower count" end
    return likes / followers * 1000
  end,
}
