import Foundation
import Testing

/// `smkit benchmark` and the benchmark section of `smkit report`, from the built binary.
@Suite struct BenchmarkCommandTests {
    let data = "Examples/baeckerei-sonnenschein/competitors.csv"

    @Test(arguments: ["text", "markdown", "html", "json"])
    func everyFormatCarriesDefinitionsAndTheOrganisation(format: String) throws {
        let result = try BuiltBinary.smkit.run(["benchmark", data, "--workspace", "Examples/baeckerei-sonnenschein",
                                                "--format", format, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Bäckerei Sonnenschein"))
        if format == "json" {
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["organization"] as? String == "Bäckerei Sonnenschein")
            #expect((json?["definitions"] as? [Any])?.isEmpty == false)
        } else {
            #expect(result.stdout.contains("Definition"))
            #expect(result.stdout.contains("gap to the leader"))
        }
        if format == "html" {
            #expect(result.stdout.contains("<svg"))
            #expect(result.stdout.contains("<polyline") || result.stdout.contains("<path"))  // weekly trend lines
        }
    }

    /// Formulas read as computed, gaps between percentages are points, and the leader has no gap.
    @Test func gapsAndFormulasReadAsMeant() throws {
        let result = try BuiltBinary.smkit.run(["benchmark", data, "--workspace", "Examples/baeckerei-sonnenschein",
                                                "--format", "markdown", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(followers_end − followers_start) / followers_start"))
        #expect(!result.stdout.contains("followers_end − followers_start / followers_start"))
        #expect(result.stdout.contains("percentage points"))
        // The leader of a metric is named as such, never "gap to the leader …: 0".
        let leader = try BuiltBinary.smkit.run(["benchmark", data, "--organization", "Kornkammer Brotmanufaktur",
                                                "--format", "markdown", "--lang", "en"])
        #expect(leader.status == 0, "\(leader.stderr)")
        #expect(leader.stdout.contains("Kornkammer Brotmanufaktur: is the leader"), "\(leader.stdout.prefix(2000))")
        #expect(!leader.stdout.contains("gap to the leader Kornkammer Brotmanufaktur"))
    }

    @Test func customLuaMetricAppearsInTheTable() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("metrics.lua", """
            local smkit = require 'smkit'
            smkit.metric { id = 'likes_per_post', numerator = 'likes', denominator = 'posts', unit = 'per_post',
              name = { en = 'Likes per post', de = 'Likes pro Beitrag' }, definition = 'Σ likes / Σ posts',
              compute = function(series)
                local posts = series:sum('posts')
                if not posts or posts == 0 then return nil, 'no posts' end
                return series:sum('likes') / posts
              end }
            """)
        let result = try BuiltBinary.smkit.run(["benchmark", data, "--lua", script, "--metric", "likes_per_post",
                                                "--metric", "posts_per_week", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Likes per post"))
        #expect(result.stdout.contains("Definition: likes / posts"))
        #expect(!result.stdout.contains("-- Followers --"))
    }

    @Test func badRowsFailWithLocationOrAreSkipped() throws {
        let dir = try TemporaryDirectory()
        let csv = try dir.file("bad.csv", """
            competitor,platform,date,followers,posts
            A,instagram,2025-01-01,100,1
            A,instagram,2025-13-01,100,1
            B,instagram,2025-01-01,abc,1
            """)
        let failed = try BuiltBinary.smkit.run(["benchmark", csv])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.csv:3:"))
        #expect(failed.stderr.contains("bad.csv:4:"))
        let skipped = try BuiltBinary.smkit.run(["benchmark", csv, "--skip-invalid"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("skipped 2 invalid row(s)"))
    }

    @Test func unknownMetricIsAnError() throws {
        let result = try BuiltBinary.smkit.run(["benchmark", data, "--metric", "nope"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown metric 'nope'"))
    }

    @Test func strategyReportIncludesTheBenchmarkWhenTheWorkspaceHasData() throws {
        let bakery = try BuiltBinary.smkit.run(["report", "Examples/baeckerei-sonnenschein", "--lang", "en"])
        #expect(bakery.status == 0)
        #expect(bakery.stdout.contains("Competitors on Instagram"))
        let kessler = try BuiltBinary.smkit.run(["report", "Examples/kessler-industrietechnik", "--lang", "en"])
        #expect(kessler.status == 0)
        #expect(!kessler.stdout.contains("Competitors on"))
    }
}

/// `smkit terms` from the built binary.
@Suite struct TermsCommandTests {
    @Test func writesTermsAndRechecksThem() throws {
        let result = try BuiltBinary.smkit.run(["terms", "Examples/contests/adventsverlosung.yaml", "--check", "--lang", "de"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("# Teilnahmebedingungen: Adventsverlosung der Bäckerei Sonnenschein"))
        #expect(result.stdout.contains("Kein Rechtsrat"))
        #expect(result.stdout.contains("Marktplatz 3, 79098 Freiburg"))
        #expect(result.stderr.contains("0 Befund(e)"))
        let html = try BuiltBinary.smkit.run(["terms", "Examples/contests/adventsverlosung.yaml", "--format", "html", "--lang", "en"])
        #expect(html.stdout.contains("<html"))
        #expect(html.stdout.contains("Terms of participation"))
    }

    @Test func incompleteDraftsFailWithPositions() throws {
        let result = try BuiltBinary.smkit.run(["terms", "Examples/contests/x-retweet.yaml", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("x-retweet.yaml:11:11: error: winner.selection"))
        #expect(result.stdout.isEmpty)
    }

    @Test func existingOutputIsKeptWithoutForce() throws {
        let dir = try TemporaryDirectory()
        let target = try dir.file("terms.md", "mine")
        let refused = try BuiltBinary.smkit.run(["terms", "Examples/contests/adventsverlosung.yaml", "-o", target])
        #expect(refused.status == 1)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
        let forced = try BuiltBinary.smkit.run(["terms", "Examples/contests/adventsverlosung.yaml", "-o", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Teilnahmebedingungen"))
    }
}
