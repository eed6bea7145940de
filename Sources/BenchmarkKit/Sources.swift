/// Where the built-in definitions come from (domain-facts §3, with URLs).
enum Sources {
    static let rivalIQRates = SourceReference("Rival IQ: Understanding engagement rates",
                                              "https://help.rivaliq.com/en/articles/2043672-understanding-engagement-rates")
    static let rivalIQGlossary = SourceReference("Rival IQ: Terms and glossary",
                                                 "https://help.rivaliq.com/en/articles/457835-rival-iq-terms-and-glossary")
    static let fanpageKarmaKPIs = SourceReference("Fanpage Karma: Social media KPIs explained",
                                                  "https://blog.fanpagekarma.com/2014/07/01/social-media-kpis-explained/")
    static let fanpageKarmaDictionary = SourceReference("Fanpage Karma: KPI dictionary",
                                                        "https://www.fanpagekarma.com/kpisDictionary?locale=en")
    static let fanpageKarmaPostInteraction = SourceReference("Fanpage Karma Academy: Facebook metrics",
                                                             "https://academy.fanpagekarma.com/en/facebook-metrics/")
    static let fanpageKarmaResponse = SourceReference("Fanpage Karma Academy: Response time",
                                                      "https://academy.fanpagekarma.com/en/hrf_faq/profile/")
    static let emplifi = SourceReference("Emplifi: Engagement rate",
                                         "https://docs.emplifi.io/platform/latest/home/engagement-rate")
    static let napoleonCat = SourceReference("NapoleonCat: What is engagement rate",
                                             "https://brain.napoleoncat.com/en/articles/1096078-what-is-engagement-rate-or-er")
    static let hootsuite = SourceReference("Hootsuite: How to calculate engagement rate",
                                           "https://blog.hootsuite.com/calculate-engagement-rate/")
    static let kaushik = SourceReference("Avinash Kaushik: Best social media metrics (2011)",
                                         "https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/")
    static let mentionlytics = SourceReference("Mentionlytics: Share of voice analytics",
                                               "https://intercom.help/mentionlytics/en/articles/985265-share-of-voice-analytics")
    static let chaoss = SourceReference("CHAOSS metrics: Share of voice (draft)", "https://github.com/chaoss/metrics")
    static let growthSimple = SourceReference("Insightworthy: Follower growth rate",
                                              "https://kpi.insightworthy.com/follower-growth-rate")
    static let sprout = SourceReference("Sprout Social: Responding on social media",
                                        "https://sproutsocial.com/insights/responding-on-social-media/")
}
