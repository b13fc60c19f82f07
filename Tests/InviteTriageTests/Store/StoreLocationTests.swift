import Testing
@testable import InviteTriage

/// Where the database lives: `--db`, else `INVITE_TRIAGE_DB`, else the XDG data folder.
@Suite struct StoreLocationTests {
    private let environment = ["INVITE_TRIAGE_DB": "/env/db.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/elena"]

    @Test func flagWinsOverEverything() {
        #expect(StoreLocation.resolve(flag: "/flag/db.sqlite", environment: environment) == "/flag/db.sqlite")
    }

    @Test func environmentVariableWinsOverTheDataFolder() {
        #expect(StoreLocation.resolve(flag: nil, environment: environment) == "/env/db.sqlite")
    }

    @Test func emptyFlagAndVariableAreIgnored() {
        let empty = ["INVITE_TRIAGE_DB": "", "XDG_DATA_HOME": "/xdg"]
        #expect(StoreLocation.resolve(flag: "", environment: empty) == "/xdg/invite-triage/invitations.sqlite")
    }

    @Test func xdgDataHomeIsTheDefault() {
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/elena"])
                == "/xdg/invite-triage/invitations.sqlite")
    }

    @Test func homeLocalShareWhenXDGDataHomeIsUnsetOrEmpty() {
        #expect(StoreLocation.resolve(flag: nil, environment: ["HOME": "/home/elena"])
                == "/home/elena/.local/share/invite-triage/invitations.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["HOME": "/home/elena", "XDG_DATA_HOME": ""])
                == "/home/elena/.local/share/invite-triage/invitations.sqlite")
    }
}
