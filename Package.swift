// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "invite-triage",
    products: [
        .executable(name: "invite-triage", targets: ["invite-triage"]),
        .library(name: "InviteTriage", targets: ["InviteTriage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // Turns migrations/*.sql into Swift source, so the binary carries its schema.
        .executableTarget(name: "MigrationEmbedder", path: "Sources/MigrationEmbedder"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"],
            path: "Plugins/EmbedMigrations"
        ),
        // System calls Swift's Glibc module does not export (malloc_trim, a thread's priority).
        .target(name: "CSystem", path: "Sources/CSystem"),
        .target(
            name: "InviteTriage",
            dependencies: [
                "CSystem",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the few statements run once per row (Store/FastStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedMigrations"]
        ),
        .executableTarget(
            name: "invite-triage",
            dependencies: [
                "InviteTriage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "InviteTriageTests", dependencies: ["InviteTriage"]),
        .testTarget(name: "EndToEndTests", dependencies: ["InviteTriage"]),
    ]
)
