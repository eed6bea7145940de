import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

@Suite("Built-in plugins")
struct PluginBuiltInTests {
    static let ids = ["de-contest-law", "facebook", "instagram", "linkedin", "pbsm-scorer", "pinterest", "social-media-audit", "tiktok",
                      "x", "xing", "youtube"]

    @Test func allBuiltInsLoadInDiscoveryOrder() throws {
        let found = PluginDiscovery.discover([PluginSearchPath(directory: PluginFixture.builtIn, origin: .builtIn)])
        #expect(found.failures.isEmpty)
        #expect(found.plugins.map(\.manifest.id) == Self.ids)
        let host = try PluginHost()
        host.load(found.plugins)
        #expect(host.loadFailures.isEmpty)
        #expect(host.plugins.count == Self.ids.count)
        #expect(host.checks.count >= 50)
        #expect(host.scorers.map(\.id) == ["pbsm-lua-example"])
        #expect(Set(host.platforms.ids) == ["facebook", "instagram", "linkedin", "pinterest", "tiktok", "x", "xing", "youtube"])
    }

    /// Every rule names its source and the day its text was read; platform and law stay apart.
    @Test func everyRuleIsSourcedAndDated() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        for check in host.checks {
            #expect(check.source.hasPrefix("http"), "\(check.id) has no source URL")
            #expect(check.read != nil, "\(check.id) has no read date")
            if check.pluginID == "de-contest-law" {
                #expect(check.consequence == .legal && check.platforms == nil, "\(check.id) mixes law with a platform")
            } else if check.pluginID == "social-media-audit" {
                #expect(check.consequence == .bestPractice && check.platforms == nil, "\(check.id): audit rules hold for every platform")
            } else {
                #expect(check.consequence != .legal, "\(check.id): platform plugins hold platform rules only")
                #expect(check.platforms == [check.pluginID], "\(check.id) should belong to its platform")
            }
        }
    }

    /// Where primary texts live: the platforms' own policy pages, statutes, courts, authorities.
    /// Blogs, copies and summaries may be `secondary`, never the `source`.
    static let primaryHosts: Set<String> = [
        "transparency.meta.com", "www.facebook.com", "web.facebook.com", "developers.facebook.com", "help.instagram.com",
        "www.tiktok.com", "support.tiktok.com", "ads.tiktok.com", "support.google.com", "www.youtube.com",
        "help.x.com", "business.x.com", "legal.x.com", "www.linkedin.com", "faq.xing.com", "www.xing.com",
        "www.gesetze-im-internet.de", "eur-lex.europa.eu", "curia.europa.eu", "juris.bundesgerichtshof.de",
        "www.rv.hessenrecht.hessen.de", "www.die-medienanstalten.de", "www.recht.nrw.de", "www.revosax.sachsen.de",
        "www.gesetze-bayern.de", "www.landesrecht-bw.de", "www.gluecksspiel-behoerde.de", "www.bundesgerichtshof.de",
        "edpb.europa.eu", "www.datenschutzkonferenz-online.de", "policy.pinterest.com", "transparency.fb.com",
        "brand.linkedin.com", "developers.google.com", "developers.tiktok.com", "docs.x.com", "recht.nrw.de",
        "seller-us.tiktok.com",
    ]

    /// Rules whose primary page could not be read (no stored copy reached the passage): they
    /// cite the page and say so, but quote nothing until someone reads it. Listed here so a new
    /// rule cannot go without a quote unnoticed; `smkit rules freshness` reports them as "no quote".
    static let unquoted: Set<String> = ["IG-POST-01", "IG-POST-02", "LI-POST-01", "TT-POST-01", "YT-POST-03"]

    /// Audit rules are good practice: a published method may be their primary source.
    static let methodHosts: Set<String> = ["www.springerprofessional.de"]

    /// Every built-in rule rests on a primary source, says what it is and quotes the words it rests on.
    @Test func everyRuleCitesAPrimarySourceWithAQuote() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        for check in host.checks {
            let sourceHost = URL(string: check.source)?.host ?? ""
            let primary = Self.primaryHosts.contains(sourceHost)
                || (check.consequence == .bestPractice && Self.methodHosts.contains(sourceHost))
            #expect(primary, "\(check.id): \(check.source) is not a primary source")
            #expect((check.quote ?? "").isEmpty == Self.unquoted.contains(check.id),
                    "\(check.id): quote \(check.quote ?? "none") (unquoted rules: \(Self.unquoted.sorted()))")
            #expect(!(check.sourceTitle ?? "").isEmpty, "\(check.id) does not say what its source is")
            for secondary in check.secondary {
                #expect(secondary.url != check.source, "\(check.id) lists its primary source as secondary")
            }
        }
    }

    /// Each plugin's own cases pass, and each rule has a triggering and a close non-triggering case.
    @Test(arguments: ids)
    func ownCasesPassAndCoverEveryRule(id: String) {
        let report = PluginTestRunner.run(pluginDirectory: PluginFixture.builtIn + "/" + id)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.failed == 0, "\(report.outcomes.filter { !$0.passed }.map { "\($0.testCase.name): \($0.problems)" })")
        #expect(report.passed > 0)
        #expect(report.rulesWithoutTrigger.isEmpty, "rules never triggered: \(report.rulesWithoutTrigger)")
        #expect(report.rulesWithoutNonTrigger.isEmpty, "rules never shown quiet: \(report.rulesWithoutNonTrigger)")
    }

    @Test func typicalMistakesGiveSourcedFindingsInBothLanguages() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        let path = PluginFixture.packageRoot.appendingPathComponent("Examples/contests/teilen-und-markieren.yaml").path
        let document = try CheckDocumentLoader.load(path: path)
        let result = host.check(document)
        #expect(result.failures.isEmpty)
        let ids = Set(result.findings.map(\.ruleID))
        #expect(ids.isSuperset(of: ["FB-04", "FB-10", "IG-07", "DE-02", "DE-03", "DE-11"]))
        #expect(!ids.contains("IG-02"))
        let fb04 = try #require(result.findings.first { $0.ruleID == "FB-04" })
        #expect(fb04.platform == "facebook")
        #expect(fb04.consequence == .platform)
        #expect(fb04.location == path + ":8:1")
        #expect(fb04.message.de != fb04.message.en)
        #expect(fb04.ruleDate == CalendarDate("2026-12-07"))
        let de11 = try #require(result.findings.first { $0.ruleID == "DE-11" })
        #expect(de11.platform == nil && de11.consequence == .legal)
    }

    @Test func cleanExampleHasNoFindings() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        let path = PluginFixture.packageRoot.appendingPathComponent("Examples/contests/adventsverlosung.yaml").path
        let result = host.check(try CheckDocumentLoader.load(path: path))
        #expect(result.failures.isEmpty)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.ruleID))")
    }

    @Test func platformOverrideSelectsRules() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        let contest = Contest(id: "c", platforms: ["instagram"], text: "Gewinnspiel! Markiere einen Freund.", entry: [.tagFriends])
        let onInstagram = Set(host.check(.contest(contest)).findings.map(\.ruleID))
        let onFacebook = Set(host.check(.contest(contest), platforms: ["facebook"]).findings.map(\.ruleID))
        #expect(!onInstagram.contains("FB-04"))
        #expect(onFacebook.contains("FB-04"))
        #expect(!onFacebook.contains(where: { $0.hasPrefix("IG-") }))
    }

    @Test func exampleLuaScoreIsTheWeightedMeanOfItsTerms() throws {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        let workspace = try Workspace.load(directory: PluginFixture.packageRoot.appendingPathComponent("Examples/baeckerei-sonnenschein"))
        let context = try ScoringContext.draft(workspace)
        var values: [String: Double] = [:]
        for draft in workspace.drafts {
            let score = try host.score("pbsm-lua-example", item: try LuaDataEncoder().encode(draft), context: context)
            #expect(score.terms.count == 4)
            #expect(abs(score.value - Score.weightedMean(score.terms).value) < 1e-9)
            #expect((0...1).contains(score.value))
            values[draft.id] = score.value
            // Hand check of the benefit term: mean of the three strongest levels.
            let levels = draft.benefits.map(\.level.value).sorted(by: >).prefix(3)
            #expect(abs(score.terms[0].value - levels.reduce(0, +) / Double(max(1, levels.count))) < 1e-9)
        }
        #expect(values.count == workspace.drafts.count)
    }

    @Test func apiRegistryMatchesTheLiveAPI() throws {
        let host = try PluginHost()
        #expect(try host.apiFunctionNames() == PluginAPIReference.functionNames)
    }

    /// CI and third-party authors check plugins against the same std: the repository's
    /// .luacheckrc holds LuaCheckConfig.stds() verbatim, and Plugins/ uses it.
    @Test func luacheckConfigIsTheGeneratedSandboxStd() throws {
        let config = try String(contentsOfFile: PluginFixture.packageRoot.appendingPathComponent(".luacheckrc").path, encoding: .utf8)
        #expect(config.contains(LuaCheckConfig.stds()), "regenerate the block in .luacheckrc from LuaCheckConfig.stds()")
        #expect(config.contains("files[\"Plugins/**/*.lua\"] = { std = \"smkit_plugin\" }"))
        #expect(LuaCheckConfig.pluginConfig().contains(LuaCheckConfig.stds()))
        for name in PluginAPIReference.functionNames where name.hasPrefix("smkit.") {
            let last = String(name.split(separator: ".").last!)
            #expect(LuaCheckConfig.stds().contains("\(last) = {}"), "\(name) is missing from the luacheck std")
        }
        #expect(!LuaCheckConfig.stds().contains("io = "))
    }

    @Test func typesDefinitionsCoverTheRegistryAndTheSubjects() {
        let text = LuaTypesGenerator.definitions()
        #expect(text.hasPrefix("---@meta smkit"))
        for function in PluginAPIReference.functions { #expect(text.contains("function \(function.name)(")) }
        #expect(text.contains("---@class smkit.Contest"))
        #expect(text.contains("---@field entry_fee_eur number?"))
        #expect(text.contains("---@class smkit.Contest.Prize"))
        #expect(text.contains("---@field value_eur number?"))
        #expect(text.contains("---@class smkit.Post"))
        // A class per subject, and `run` typed by subject.
        for subject in ["Contest", "Post", "Presence", "Strategy"] {
            #expect(text.contains("---@class smkit.\(subject)\n"), "no class smkit.\(subject)")
            #expect(text.contains("---@class smkit.\(subject)CheckSpec: smkit.RuleFields"))
        }
        #expect(text.contains("---@field run fun(contest: smkit.Contest, report: smkit.Report, context: smkit.Context)"))
        #expect(text.contains("---@param spec smkit.ContestCheckSpec|smkit.PostCheckSpec|smkit.PresenceCheckSpec|smkit.StrategyCheckSpec"))
        // `smkit.text` once: a class with the scripts' call as an overload.
        #expect(text.components(separatedBy: "smkit.text = {}").count == 2)
        #expect(!text.contains("function smkit.text("))
        #expect(text.contains("---@overload fun(t: table|string): string"))
    }

    @Test func encoderWritesSnakeCaseAndDerivedFields() throws {
        let data = try LuaDataEncoder().encode(Post(id: "p", platform: "x", text: "Hallo #welt", adDisclosure: AdDisclosure(platformLabel: true)))
        #expect(data["hashtags"].arrayValues == [.string("welt")])
        #expect(data["ad_disclosure"]["platform_label"] == .boolean(true))
        #expect(data["title"] == .nil)
        #expect(LuaDataEncoder.snakeCase("budgetPerMonth") == "budget_per_month")
        #expect(LuaDataEncoder.snakeCase("value_eur") == "value_eur")
    }
}

@Suite("Subject data")
struct PluginSubjectDataTests {
    /// Keys sorted at every level, so tables compare regardless of field order.
    static func canonical(_ data: LuaData) -> LuaData {
        guard case .table(let entries) = data else { return data }
        return .table(entries.map { LuaData.Entry($0.key, canonical($0.value)) }.sorted { $0.key.description < $1.key.description })
    }

    /// The subject as checks see it: written as views by the host, copied back through the views table.
    static func viewsCopied(_ subject: CheckSubject) throws -> LuaData {
        let host = try PluginHost()
        let made = try host.lua.run("""
            local box = {}
            local function copy(v, views)
              if type(v) ~= "table" then return v end
              local t = {}
              for k, x in next, views[v] do t[copy(k, views)] = copy(x, views) end
              return t
            end
            return function(subject, views) box.subject = copy(subject, views) end, box
            """)
        let copy = try #require(made[0].functionValue), box = try #require(made[1].tableValue)
        try copy.call(views: host.controls.viewTemplate, { arguments in
            arguments.view(fields: SubjectData.fields(of: subject)) { SubjectData.write(subject, into: &$0) }
            arguments.views()
        }, reading: { _ in })
        return try box.rawGet(.string(LuaString("subject"))).detached()
    }

    @Test func handWrittenConversionMatchesTheCodableEncoder() throws {
        for (name, data) in LuaTypesGenerator.subjectSamples() {
            let subject: CheckSubject
            let document = try CheckDocumentLoader.parse(yaml: name == "smkit.Contest" ? """
                kind: contest
                title: t
                language: de
                platforms: [facebook, x]
                text: "Gewinnspiel #tag @who https://example.org"
                account_type: business_account
                entry: [comment, share, story_share]
                entries_per_person: 1
                entries_per_day: 1
                prize: { description: d, value_eur: 12.5, cash: false, cash_equivalent: true, winners: 2, age_rating: 6,
                         restricted_goods: [alcohol], cash_alternative: true, transferable: false }
                eligibility: { minimum_age: 16, parental_consent: true, countries: [DE], exclusions: [x] }
                period: { start: 2026-12-01, end: "2026-12-02T10:00", time_zone: Europe/Berlin }
                winner: { selection: jury, draw: 2026-12-03, notification: email, publish_names: true, publication_consent: false,
                          announcement: { where: comment, when: "2026-12-04T18:00" }, reply_within_days: 7, redraw: true }
                sponsors: [s1, s2]
                organiser: { name: n, address: a, imprint_url: "https://i", email: e }
                terms: { url: "https://t", placement: in_post, includes: [organiser, prize] }
                entry_fee_eur: 0
                data_collected: [name]
                privacy_notice_url: "https://p"
                advertising_consent: { requested: true, separate: true, pre_ticked: false, sponsors: [a, b, c], required_for_entry: false }
                submissions: { rights: contest_only, credit: true, duration: bis 2027 }
                tell_a_friend_emails: false
                ad_disclosure: { commercial: true, sponsor: s, label: Werbung, platform_label: false }
                """ : """
                kind: post
                platform: youtube
                title: t
                text: "Hallo #welt @du"
                language: en
                media: [{ kind: video, alt_text: a, tagged: [h] }]
                ad_disclosure: { commercial: false }
                """)
            subject = document.subject
            let generic: LuaData = switch subject {
            case .contest(let c): try LuaDataEncoder().encode(c)
            case .post(let p): try LuaDataEncoder().encode(p)
            }
            #expect(Self.canonical(SubjectData.subject(subject)) == Self.canonical(generic), "\(name)")
            #expect(Self.canonical(try Self.viewsCopied(subject)) == Self.canonical(generic), "views of \(name)")
            _ = data
        }
    }
}
