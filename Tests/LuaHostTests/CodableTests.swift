import Testing
@testable import LuaHost

struct CodableHours: Codable, Equatable {
    var role: String
    var hoursPerWeek: Double
}

enum CodableStage: String, Codable { case beginner, established }

struct CodableTeam: Codable, Equatable {
    var name: String
    var size: Int
    var stage: CodableStage
    var hours: [CodableHours]
    var budgetPerMonth: Double?
    var worksCouncil: Bool
}

@Suite struct CodableTests {
    let team = CodableTeam(name: "Social", size: 3, stage: .established,
                    hours: [CodableHours(role: "manager", hoursPerWeek: 6), CodableHours(role: "trainee", hoursPerWeek: 2.5)],
                    budgetPerMonth: nil, worksCouncil: true)

    @Test func encodableTypesCrossAsSnakeCaseTables() throws {
        let lua = try LuaState()
        let inspect = try lua.load("""
            local t = ...
            return t.name, math.type(t.size), t.stage, #t.hours, t.hours[2].hours_per_week,
                   math.type(t.hours[1].hours_per_week), t.budget_per_month == nil, t.works_council
            """, chunkName: "=inspect")
        let r = try inspect.call(arguments: [try lua.value(encoding: team)])
        #expect(r[0].stringValue == "Social")
        #expect(r[1].stringValue == "integer")
        #expect(r[2].stringValue == "established")
        #expect(r[3].intValue == 2)
        #expect(r[4].doubleValue == 2.5)
        #expect(r[5].stringValue == "float")
        #expect(r[6].boolValue == true)
        #expect(r[7].boolValue == true)
    }

    @Test func luaTablesDecodeIntoSwiftTypes() throws {
        let lua = try LuaState()
        let table = try lua.run("""
            return { name = "Social", size = 3, stage = "established", works_council = true,
                     hours = { { role = "manager", hours_per_week = 6 }, { role = "trainee", hours_per_week = 2.5 } } }
            """)[0]
        #expect(try lua.decode(CodableTeam.self, from: table) == team)
    }

    @Test func roundTripKeepsTheValue() throws {
        let lua = try LuaState()
        let identity = try lua.load("return ...", chunkName: "=id")
        let back = try identity.call(arguments: [try lua.value(encoding: team)])[0]
        #expect(try lua.decode(CodableTeam.self, from: back) == team)
    }

    @Test func decodingErrorsNameThePath() throws {
        let lua = try LuaState()
        let bad = try lua.run("return { name = 'x', size = 1.5, stage = 'beginner', works_council = false, hours = {} }")[0]
        #expect {
            try lua.decode(CodableTeam.self, from: bad)
        } throws: { error in
            String(describing: error).contains("size: expected an integer, got number")
        }
        let missing = try lua.run("return { name = 'x', size = 1, stage = 'beginner', works_council = false, hours = { { role = 'a' } } }")[0]
        #expect {
            try lua.decode(CodableTeam.self, from: missing)
        } throws: { error in
            String(describing: error).contains("hours[1].hours_per_week: missing field")
        }
    }
}
