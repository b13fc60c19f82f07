/// Each rule's own triggering and non-triggering examples: they document the rule
/// (docs/rules.md) and run as tests (RuleExampleTests). The reader's records in every example
/// are those of `RuleExample.Situation`: positions, education, connections and messages known.
public struct RuleExample: Sendable {
    /// What the records show about the sender, beyond the note.
    public enum Situation: Sendable {
        /// Nothing links them: no connection, conversation, contact or shared anything.
        case stranger
        /// Eight messages both ways in the last months.
        case regularConversation
        /// The note's mutual person, "Sofia Brandt", is among the connections.
        case connectionSofiaBrandt
        /// The sender is in the reader's address book.
        case inContacts
        /// The input reports mutual connections.
        case mutualConnections
        /// The sender's profile lists Kubernetes and Swift, two of the reader's skills.
        case sharedSkills
        /// The sender's profile lists Helio Systems GmbH (2017–2019), where the reader worked.
        case sharedEmployerInProfile
        /// The same sender invited the reader three months earlier.
        case invitedBefore
        /// Three other senders sent exactly the same note.
        case sameNoteFromOthers
        /// The reader's groups are configured: Rotterdam Swift Meetup.
        case groupsConfigured
    }

    public let note: String?
    public let situation: Situation
    public let fires: Bool

    init(_ note: String?, _ situation: Situation = .stranger, fires: Bool) {
        (self.note, self.situation, self.fires) = (note, situation, fires)
    }
}

extension ReasonCode {
    public var examples: [RuleExample] {
        switch self {
        case .genericMessage: [
            // "MfG", "LG", "Cdlt": sign-offs abbreviated, no names the rules cannot read.
            RuleExample("Sehr geehrte Frau Marsh, ich bin stets daran interessiert, mein berufliches Netzwerk zu erweitern, und würde mich freuen, wenn Sie meine Anfrage annehmen. MfG", fires: true),
            RuleExample(nil, fires: true),
            RuleExample("I'd like to add you to my professional network on LinkedIn. - Bo", fires: true),
            RuleExample("Hi Elena, I came across your profile and would love to connect.", fires: true),
            RuleExample("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", fires: true),
            RuleExample("Loved your KubeCon talk on multi-tenant Postgres operators.", fires: false),
            RuleExample("I'm at KubeCon too, let's connect!", fires: true),
            RuleExample("I'm at Northwind too, let's connect!", fires: false),
            RuleExample("I run a meetup in Rotterdam and would love you to speak about Kubernetes and PostgreSQL.", fires: false),
            RuleExample(nil, .regularConversation, fires: false),
            // Another language: its default text is generic, anything longer the rules cannot read.
            RuleExample("Jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn.", fires: true),
            RuleExample("Cześć Elena, poznałyśmy się na KubeCon w Paryżu i rozmawiałyśmy o operatorach Postgresa. Miło było!", fires: false),
            RuleExample("hey elena, thx for the k8s workshop yesterday at Codam, learned a ton. connecting as promised", fires: false),
            // The sender's introduction is theirs, however much it names: "X here", an apposition, "Hi, I'm".
            RuleExample("Robert Walters here - we're partnering with a scale-up in Amsterdam. Open to a quick chat?", fires: true),
            RuleExample("Hi Elena, I write a newsletter, The Platform Brief, read by 12k infra engineers. Thought you'd enjoy it!", fires: true),
            RuleExample("Hi, I'm a final year CS student at TU Eindhoven. Could you give me some advice on platform engineering?", fires: true),
            RuleExample("Hi! The Gartner IT Symposium in Barcelona is coming up in November, are you attending?", fires: true),
            RuleExample("Hi Elena, your experience at Northwind Analytics and Helio Systems is impressive. Let's connect.", fires: true),
            RuleExample("Hi Elena, we're contacting KubeCon EU speakers about our roundtable in Paris. Can I send details?", fires: true),
            RuleExample("Hi Elena, we're both in the Kubernetes space, let's connect!", fires: true),
            RuleExample("Hi Elena, I see we both attended KubeCon EU 2026. Would be great to connect with fellow attendees!", fires: true),
            RuleExample("Hi {{firstName}}, I noticed your impressive work at {{company}} and would love to connect!", fires: true),
            RuleExample("Elena, I'll be at KubeCon NA in Atlanta and would love to grab a coffee with you. Let me know!", fires: true),
            RuleExample("Hello Elena, we noticed your profile mentions PostgreSQL. Crunchy Data is hosting a roundtable in Amsterdam.", fires: true),
            RuleExample("Bonjour Elena, votre parcours entre Édimbourg, Berlin et Rotterdam est impressionnant.", fires: true),
            RuleExample("Hi Elena, we're gathering CTOs for a private dinner in Rotterdam, hosted by Red Hat. May I send you an invite?", fires: true),
            RuleExample("Hola Elena, vi tu perfil y me pareció muy interesante. Trabajo en ventas de soluciones cloud en Accenture.", fires: true),
            RuleExample("Hi Elena, your work on Postgres operators caught my eye. Would love to pick your brain.", fires: true),
            RuleExample("Dear Elena, your profile has been selected for inclusion in the Who's Who of European Technology Leaders 2026.", fires: true),
            RuleExample("Hello Elena, I see we're both in the Cloud Native Computing Foundation community. Let's connect!", fires: true),
            RuleExample("Your post about multi-tenant Postgres operators resonated with me. Let's connect!", fires: true),
            // Typed on a phone between people who know each other: no names, shared context.
            RuleExample("elena!! its me from the billing team, remember the duplicate invoices bug in 2018? still have nightmares", fires: false),
            RuleExample("hey! finally caved and made a linkedin 😅 miss our 3am pager chats. not.", fires: false),
            RuleExample("dank voor de hulp gisteren met die vastgelopen migratie, had ik echt niet zelf gevonden", fires: false),
            RuleExample("Hallo Elena! Lange nicht gesehen, wie ist Rotterdam? Das Team vermisst deinen Kuchen-Freitag 🍰", fires: false),
            RuleExample("hey! from the distributed systems project group in delft. still owe u a beer for carrying the report", fires: false),
            RuleExample("i guess we're officially colleagues now?! see you monday 🙂", fires: false),
            RuleExample("sorry again for spilling coffee on your laptop at the meetup 🙈 hope it survived", fires: false),
            RuleExample("thx for the cake at the farewell today, best send-off ever", fires: false),
            RuleExample("je had gelijk over die Postgres vacuum settings, 40% minder bloat. ik trakteer op koffie ☕", fires: false),
            // Flattery of a post, and a pitch whose words cross a sentence's end ("your team ready? Let's talk").
            RuleExample("hi elena saw ur post, really insightful!! would love to connect", fires: true),
            RuleExample("Great post on platform engineering! Been following your content, let's connect.", fires: true),
            RuleExample("AI is transforming platform engineering. Is your team ready? Let's talk 🤖", fires: true),
            RuleExample("Hi Elena, thank you for your inspiring work in the tech community. Let's connect and grow together!", fires: true),
            // The same words in stock notes: a follow-up, an event, a pitch (a reviewer's notes).
            RuleExample("Hi Elena, it's me again, just following up on my previous message about our recruiting services.", fires: true),
            RuleExample("Hi Elena, did you miss our last webinar? The recording is now available on demand.", fires: true),
            RuleExample("Hi Elena, remember our free masterclass next Thursday, seats are filling up fast.", fires: true),
            RuleExample("Thanks for the connect yesterday! Always happy to grow my network.", fires: true),
            RuleExample("See you on Tuesday at our booth at the Cloud Expo!", fires: true),
            RuleExample("Ben jij de engineer die wij zoeken? Laten we connecten.", fires: true),
            RuleExample("Hoi Elena, ik ben het weer! Even checken of je mijn vorige bericht hebt gezien.", fires: true),
            RuleExample("Mis je kans niet: early bird tickets voor het Platform Event!", fires: true),
            RuleExample("Hoi Elena, bedankt dat je mijn PR op de Terraform-provider hebt gereviewd. Je opmerking over de state-migratie was spot on.", fires: false),
            RuleExample("hey, good game on Sunday! 5-a-side again next week?", fires: false),
            RuleExample("Servus Elena, wir saßen beim Speaker-Dinner nebeneinander. Hier wie versprochen der Link zu dem Höhenweg im Allgäu.", fires: false),
            RuleExample("Elena, muchas gracias por revisar mi CV antes de la entrevista en Parcelwise. ¡Me dieron el puesto! Te debo unas cervezas.", fires: false),
            RuleExample("Hi {{firstName}}, I'd love to connect with you and learn more about your work at {{company}}.", fires: true),
            RuleExample("Hi Elena, thanks for your content! Been following your posts for a while now, keep it up!", fires: true),
            RuleExample("Hallo Elena, du hast mir auf meine Anfrage noch nicht geantwortet. Ist die Stelle interessant für dich?", fires: true),
            RuleExample("Je hebt ons bericht over de vacature ontvangen? Laat het me weten!", fires: true),
            RuleExample("Thank you that you accepted my request, looking forward to working together", fires: true),
            RuleExample("Great game changer for platform teams: our new AI assistant. Let's connect!", fires: true),
        ]
        case .massMessage: [
            RuleExample("Always looking to grow my network with great professionals!", .sameNoteFromOthers, fires: true),
            RuleExample("Always looking to grow my network with great professionals!", fires: false),
        ]
        case .strangerNoRationale: [
            RuleExample(nil, fires: true),
            RuleExample("Привет, Елена! Мы познакомились на KubeCon в Париже, было приятно поговорить о Postgres.", fires: false),
            RuleExample("Happy to connect!", fires: true),
            RuleExample(nil, .regularConversation, fires: false),
            RuleExample("Loved your post on error budgets.", fires: false),
            RuleExample(nil, .sharedSkills, fires: false),
            // A claim that names nothing gives no reason; one that names something does, even
            // where the records cannot check it.
            RuleExample("Hi, we were classmates! Add me :)", fires: true),
            RuleExample("Hi, we are in the same group. Let's connect.", fires: true),
            RuleExample("We're both members of the Women in Swift group.", fires: false),
        ]
        case .falseClaim: [
            RuleExample("Great working with you at Oracle!", fires: true),
            RuleExample("Former Oracle colleague here!", fires: false),
            RuleExample("My former Oracle colleague Sofia Brandt recommended I reach out.", .connectionSofiaBrandt, fires: false),
            RuleExample("My wife Maria and I just moved to Rotterdam.", fires: false),
            RuleExample("As one of our valued clients, you get early access to the new dashboard.", fires: true),
            // A recruiter's or vendor's clients are theirs: no claim about the reader.
            RuleExample("Our clients in Utrecht and Eindhoven are after exactly your profile.", fires: false),
            RuleExample("Fellow MIT alum, let's connect!", fires: true),
            RuleExample("Fellow HS alum, would love to connect.", fires: true),
            RuleExample("I've done business with Helio Systems for years as their insurance broker.", fires: true),
            RuleExample("We were both at KubeCon last week, great talks.", fires: false),
            RuleExample("We were at Helio Systems last month to present our billing integration.", fires: false),
            // A pronoun is no mutual contact: "Ze zei dat…" names nobody to check.
            RuleExample("Via Linda van de hardloopclub. Ze zei dat jij de persoon bent om te vragen over platform engineering.", fires: false),
            RuleExample("Gartner zegt dat platform teams in 2027 de helft van de IT-budgetten beheren. Zullen we connecten?", fires: false),
            RuleExample("Two former Northwind teammates mentioned you for our SRE role.", fires: false),
            RuleExample("This is Sarah from Northwind it support, please verify.", fires: false),
            RuleExample("We have lots of ex-Helio here at Zalando, open to a chat about a Staff role?", fires: false),
            RuleExample("As an ex-Oracle, I'd love to connect!", fires: false),
            RuleExample("As a friend I'd like to add you.", fires: true),
            RuleExample("Hey Elena, old friend! Long time.", fires: true),
            RuleExample("Our mutual friend Peter Vance said I should reach out.", fires: true),
            RuleExample("Fellow Oxford alum, let's connect.", fires: true),
            RuleExample("Fellow Helio Systems alum here :)", fires: false),
            RuleExample("I work at Google and would love to connect.", fires: false),
            RuleExample("We overlapped in 2019, great to see you here!", fires: false),
            RuleExample("We worked together in Berlin a few years ago!", fires: false),
            RuleExample("We worked together in 2019 at Oracle.", fires: true),
            RuleExample("We were classmates at Napier in Edinburgh.", fires: true),
            RuleExample("We worked together in Paris a few years ago!", fires: false),
            RuleExample("We worked together in the UK years ago, great to see you here!", fires: false),
            RuleExample("We were colleagues in consulting.", fires: false),
            RuleExample("Trabajamos juntos en Accenture.", fires: true),
            RuleExample("Somos colegas de profesión.", fires: false),
            RuleExample("I was an engineer on the platform team at Spotify, now exploring Rotterdam.", fires: false),
            RuleExample("We hebben samen bij de TU Delft gestudeerd.", fires: false),
            RuleExample("Wir haben zusammen in Berlin gearbeitet.", fires: false),
            RuleExample("We have KubeCon in common, and mutual friends in Rotterdam!", fires: false),
            RuleExample("We did business back when you were at Helio Systems, good times.", fires: false),
            RuleExample("Wir haben geschäftlich zusammengearbeitet, als Sie noch bei Northwind waren.", fires: false),
            RuleExample("We did business back when you were at Oracle.", fires: true),
            RuleExample("Nice doing business with you at the Helio conference.", fires: true),
            RuleExample("Hola Elena, hicimos negocios cuando estabas en Helio.", fires: false),
            RuleExample("We worked together at Helio Systems on billing.", fires: false),
            RuleExample("As a friend I'd like to add you.", .inContacts, fires: false),
            // Claims as people write them, in the languages of the rules.
            RuleExample("I was your colleague at Accenture in Edinburgh, small world!", fires: true),
            RuleExample("¡Hola Elena! Fuimos compañeras en Kadeweg Labs, yo estaba en el equipo de frontend.", fires: true),
            RuleExample("Olá Elena, trabalhámos juntas na Orbital Metrics em 2019. Que bom encontrar-te aqui!", fires: true),
            RuleExample("We were at Glasgow Uni together, would be nice to reconnect.", fires: true),
            RuleExample("We did our masters together at KTH in Stockholm.", fires: true),
            RuleExample("Salut Elena ! On était dans la même promo à l'Université d'Amsterdam, tu te souviens ?", fires: true),
            RuleExample("Hello Elena, your team at Grachtwerk was our client for the data migration in 2020.", fires: true),
            RuleExample("Lukas Wagner, a mutual contact, mentioned you're hiring SREs at Northwind.", fires: true),
            RuleExample("Salut Elena, on bossait ensemble chez Capgemini il y a quelques années !", fires: true),
            RuleExample("hi elena! we were the Datadog reseller for your team at ING a while ago. lets connect", fires: true),
            RuleExample("Hola Elena, me pasó tu contacto Javier Morales, dice que sabes mucho de Kubernetes.", fires: true),
            RuleExample("Nous faisons toutes les deux partie du groupe Swift Developers Europe. Au plaisir !", .groupsConfigured, fires: true),
            // A group's name is not cut at "in" as a company's is ("Helio in Berlin").
            RuleExample("We're both members of the Women in Swift group.", .groupsConfigured, fires: true),
            // The sender's own colleague, a supplier's customer, a person where they work: no claim to check.
            RuleExample("My manager Peter Jansen would like to talk to you about a partnership with our startup.", fires: false),
            RuleExample("Hi Elena, my colleague Anna Kowalski wrote a post on platform maturity you'd like.", fires: false),
            RuleExample("Our company supplied Helio Systems with their on-call tooling back in 2019.", fires: false),
            RuleExample("Brightline was a client of ours when you were there (we did their office network).", fires: false),
            RuleExample("We've been supplying Northwind with cloud cost tooling for the last year - I'm the account manager on our side.", fires: false),
            RuleExample("Sofia Brandt from Tideway said I should connect with you.", .connectionSofiaBrandt, fires: false),
            RuleExample("Ravi Shankar and I work together at Booking, he told me to ping you.", fires: false),
            RuleExample("Hey Elena, former teammate of yours from way back. Saw your talk announcement and thought I'd connect.", fires: false),
            RuleExample("Worked with you at Brightline (2014-ish), great to see you here.", fires: false),
            RuleExample("Estudiamos juntas en la Universidad de Edimburgo y Sofia Brandt me animó a escribirte.", .connectionSofiaBrandt, fires: false),
            // "We" who are not you, groups and people that are not names.
            RuleExample("We did our masters together at Eindhoven, my co-founder and I, and now we're building a startup.", fires: false),
            RuleExample("We were colleagues at Oracle and I just noticed we're both in Rotterdam now.", fires: true),
            RuleExample("Somos parte del grupo organizador de DevOps Barcelona y buscamos ponentes.", .groupsConfigured, fires: false),
            RuleExample("Un mio collega in Helio Systems mi ha parlato molto bene del team di Berlino.", fires: false),
            RuleExample("Meine Kollegin Sofia hat mir erzählt, dass Rotterdam eine aktive Swift-Community hat.", .connectionSofiaBrandt, fires: false),
            RuleExample("peter vance gave me your name, hope that's ok!", fires: false),
            // A kind of school is no school named.
            RuleExample("Hallo Elena, wir waren zusammen an der Uni, lang ist's her!", fires: false),
            // Claims in the words of a fourth writer: teams, cohorts, suppliers, relative clauses.
            RuleExample("Wij waren toch teamgenoten bij Mollie, in het payments-platformteam?", fires: true),
            RuleExample("Ciao Elena! Eravamo nello stesso reparto da Yoox, nel team infrastruttura.", fires: true),
            RuleExample("Quel plaisir ! On partageait le même open space chez Criteo, tu te souviens ?", fires: true),
            RuleExample("Fellow 2013 cohort at Imperial College! I still have the photos from our project group.", fires: true),
            RuleExample("¡Qué ilusión! Compartimos clase en la Universidad Politécnica de Madrid.", fires: true),
            RuleExample("Olá Elena! Éramos da mesma turma na Universidade do Porto, em engenharia informática.", fires: true),
            RuleExample("Hé Elena, jaargenoot van de Universiteit Utrecht hier!", fires: true),
            RuleExample("Wir waren doch Kommilitoninnen an der TU München!", fires: true),
            RuleExample("Wir waren doch Kommilitonen an der University of Edinburgh!", fires: false),
            RuleExample("It was a pleasure being your vendor at Philips - the stack we delivered still runs.", fires: true),
            RuleExample("It was a pleasure being your vendor at Helio Systems - the stack we delivered still runs.", fires: false),
            RuleExample("Nous étions votre prestataire DevOps quand vous dirigiez l'équipe plateforme chez Thales.", fires: true),
            RuleExample("Fue un placer ser proveedores de tu departamento en Telefónica durante la migración.", fires: true),
            RuleExample("Foi um prazer prestar consultoria à sua equipa na EDP durante o projeto.", fires: true),
            RuleExample("As co-members of the Dutch Rust Collective, I thought we should finally connect.", .groupsConfigured, fires: true),
            RuleExample("Wir sind ja beide Mitglieder im Berliner Cloud Native Stammtisch.", .groupsConfigured, fires: true),
            RuleExample("Anche tu sei iscritta al gruppo DevOps Italia come me!", .groupsConfigured, fires: true),
            RuleExample("¡Hola! Coincidimos en la comunidad Mujeres en DevOps Madrid. ¡Conectemos!", .groupsConfigured, fires: true),
            RuleExample("Hola Elena, coincidimos en el grupo de LinkedIn 'Women in Data Engineering'. ¿Conectamos?", .groupsConfigured, fires: true),
            RuleExample("Our friend in common, Priyanka Venkataraman, thought we should talk about platforms.", fires: true),
            RuleExample("Tomasz Wieczorek, who knows you well from his Rotterdam days, passed along your name.", fires: true),
            RuleExample("Sofia Brandt, who knows you well from Rotterdam, passed along your name.", .connectionSofiaBrandt, fires: false),
            RuleExample("Je vous écris de la part de Thibault Marchetti, qui vous connaît bien.", fires: true),
            RuleExample("O Rui Bettencourt, que a conhece bem, sugeriu que falássemos.", fires: true),
            RuleExample("Ottavia Scarpelli, che ti conosce da anni, mi ha detto di scriverti.", fires: true),
            // Sofia, a connection, not "Talent-Team", whom nobody knows.
            RuleExample("Hallo Elena, Sofia Brandt aus eurem Talent-Team meinte, du seist offen für Austausch.", .connectionSofiaBrandt, fires: false),
            // Years your records contradict: the name read off a profile, the dates made up.
            RuleExample("Hi Elena, we worked together at Helio Systems in 2012-2013 on the billing engine.", fires: true),
            RuleExample("Hi Elena, we worked together at Helio Systems in 2018 on the billing engine.", fires: false),
            RuleExample("We were classmates at the University of Edinburgh back in 2003!", fires: true),
        ]
        case .salesPitch: [
            RuleExample("We help platform teams cut cloud costs by 30% — can we book a 15-minute call?", fires: true),
            RuleExample("Paid research study: €400 for a 45-minute interview.", fires: true),
            RuleExample("Certified Scrum Master and Salesforce consultant helping businesses grow.", fires: true),
            RuleExample("I would like to invite you to our exclusive network of tech executives. Membership fee applies.", fires: true),
            RuleExample("Join our Kubernetes community in Rotterdam, no membership fee!", fires: false),
            RuleExample("You've been shortlisted for the Top 100 CTO Awards. The entry fee is 395 GBP.", fires: true),
            RuleExample("We'd love you to present at our internal tech day, happy to cover a speaker fee.", fires: false),
            RuleExample("Loved your post on helping startups grow their platform teams.", fires: false),
            RuleExample("Loved your talk, would be great to stay in touch.", fires: false),
            RuleExample("Hi Elena, we're a leader in data observability. Companies like Picnic and Coolblue rely on us.", fires: true),
            RuleExample("Earn passive income with Bitcoin staking on Binance, no experience needed.", fires: true),
            RuleExample("Hi Elena, I'm an account exec at HashiCorp, happy to walk you through HCP Terraform.", fires: true),
            RuleExample("Hi Elena, saw you spoke at KubeCon EU 2026 👏 We're hosting a roundtable for leaders in Benelux - dinner on us. Interested?", fires: true),
            RuleExample("Hoi Elena, we zijn een bureau gespecialiseerd in interim IT-management. Zullen we eens kennismaken?", fires: true),
            RuleExample("We've built an AI SDR that books meetings while you sleep. 5x pipeline in 30 days.", fires: true),
            RuleExample("Most platform leads we speak to are overspending on Datadog by 40%. Worth a chat?", fires: true),
            RuleExample("Thanks for speaking at our platform engineering roundtable, it got a lot of follow-up.", fires: false),
            RuleExample("No pitch, I just want to compare notes on CloudNativePG with per-tenant clusters.", fires: false),
            RuleExample("Met at the Dutch Go Day after-party, we argued about sqlc vs GORM for 40 minutes.", fires: false),
            RuleExample("Hey! I help engineers grow their audience on LinkedIn. Let's chat!", fires: true),
            RuleExample("Hey Elena, I'm an SDR at HashiCorp. Happy to set up a trial of HCP Terraform.", fires: true),
            RuleExample("Elena, your core dump turned a week of guessing into a 20-minute fix. Connecting to say thanks.", fires: false),
        ]
        case .repeatInvitation: [
            RuleExample(nil, .invitedBefore, fires: true),
            RuleExample(nil, fires: false),
        ]
        case .personalNote: [
            RuleExample("Loved your KubeCon talk on multi-tenant Postgres operators.", fires: true),
            RuleExample("Sofia Brandt suggested I reach out.", .connectionSofiaBrandt, fires: true),
            RuleExample("I came across your profile and would love to connect.", fires: false),
            RuleExample("I run a meetup in Rotterdam and would love you to speak about Kubernetes and PostgreSQL.", fires: true),
            RuleExample("I'm organising Platform Engineering Day and would love to have you as a speaker.", fires: true),
            RuleExample("Thanks for the great Q&A on yesterday's CNCF webinar!", fires: true),
            RuleExample("hey saw ur talk at kubecon great stuff lets connect", fires: true),
            RuleExample("Would you be open to speaking at our Kubernetes meetup in Delft next month?", fires: true),
            RuleExample("Would you like to give a talk at our Go meetup in Rotterdam? No registration fee.", fires: true),
            RuleExample("I'm the organiser of Rotterdam Swift Meetup, would you give a talk in January?", fires: true),
            RuleExample("We did business back when you were at Helio Systems, good times.", fires: true),
            RuleExample("I maintain the pg-tenant library you forked last week, happy to help.", fires: true),
            RuleExample("I chair the platform track of KubeCon EU and would love you on the program committee.", fires: true),
            RuleExample("I see you're Platform Engineering Lead at Northwind Analytics. Let's connect!", fires: false),
            RuleExample("Impressed by your Kubernetes experience, let's connect!", fires: false),
            RuleExample("We're hiring Kubernetes and PostgreSQL engineers, interested?", fires: false),
            RuleExample("Thanks for your insights!", fires: false),
            // A claim of a shared school or employer is checked, never taken as personal on its word.
            RuleExample("Hi Elena, we studied together — would be great to reconnect!", fires: false),
            RuleExample("Would love to invite you to speak at our Global Leaders Summit (speaker package applies).", fires: false),
            RuleExample("Would you like to give a keynote at our Global CIO Summit? A speaker package applies.", fires: false),
            // What only someone the reader has dealt with writes.
            RuleExample("Neighbour from no. 14 here! Thanks again for watering the plants in August.", fires: true),
            RuleExample("hi! i'm the one who asked about IO limits at the end of your Q&A, ping 🙂", fires: true),
            RuleExample("Elena, I'm Kees, the DBA who sat in on your migration to the Postgres operator.", fires: true),
            RuleExample("You interviewed me for the platform role in February, I learned a lot.", fires: true),
            RuleExample("great talk tonight Elena!! the pgbouncer transaction mode gotcha slide 👌", fires: true),
            RuleExample("Hi Elena, as promised at the meetup, here's my connection request 😊", fires: true),
            RuleExample("thanks for the detailed review on my PR last week, great catch", fires: true),
            RuleExample("Hi Elena, danke nochmal für die Hilfe beim pgbouncer-Problem letzte Woche.", fires: true),
            RuleExample("Hoi Elena, onze kinderen zitten samen in groep 4. Leuk om te connecten.", fires: true),
            RuleExample("Hi Elena, I noticed you spoke at KubeCon EU 2026 - congrats! Let's connect.", fires: false),
            RuleExample("Thanks in advance for your feedback on our new dashboard.", fires: false),
            RuleExample("I'm the founder of Acme, the platform that helps teams like you ship faster.", fires: false),
            RuleExample("Big thanks for letting me shadow your on-call rotation last summer.", fires: true),
            RuleExample("your slide with the tenant density graph is now printed on our office wall", fires: true),
            RuleExample("Hi Elena, following your work with interest. Connect?", fires: false),
            RuleExample("your mentee here! finally got the sre offer at mollie", fires: true),
            RuleExample("Elena! Greetings from the Sunday volleyball lot - Pieter here, the tall one who keeps missing serves.", fires: true),
            RuleExample("hey it's maarten from the volleyball team. you left your knee pads in my car", fires: true),
            RuleExample("couldn't have done the system design round without our sessions", fires: true),
            RuleExample("Anouk from recruiting told me you'll be my manager - just wanted to say hi before my first day", fires: true),
            RuleExample("I'm the data lead who asked about read replicas on last week's call.", fires: true),
            RuleExample("a quick thank you from the conference team: your reviews were the most detailed we got this year", fires: true),
            RuleExample("Hoi Elena, ik ben je buurvrouw van nummer 14. Leuk dat je ook op LinkedIn zit.", fires: true),
            RuleExample("Hi Elena, your work on Postgres operators caught my eye. Would love to pick your brain.", fires: false),
            RuleExample("I came across your KubeCon EU 2026 talk and found it insightful. Would love to connect.", fires: false),
            RuleExample("Have you made the move to managed Postgres yet? Would love to connect.", fires: false),
            RuleExample("Elena, Ruth from Northwind's finance team. Thanks for sitting with me to explain the AWS bill.", fires: true),
            RuleExample("remember when we tried to run postgres on a raspberry pi cluster in the edinburgh flat? i found the photos", fires: true),
            RuleExample("ok you were right about the spinnaker", fires: true),
            RuleExample("great singing with you on friday. the tenors still owe us an apology", fires: true),
            RuleExample("Elena, your review of my terraform module was brutal and right.", fires: true),
            RuleExample("hoi elena, ik ben de moeder van daan uit de codeerclub. hij wil het je laten zien!", fires: true),
            RuleExample("Great connecting with you, let's stay in touch!", fires: false),
            RuleExample("Hi Elena, it was great working with you at Oracle, would be good to reconnect.", fires: false),
            RuleExample("Thanks for accepting my invitation, I'd love to tell you about our platform.", fires: false),
            RuleExample("Your post about multi-tenant Postgres operators resonated with me. Let's connect!", fires: false),
        ]
        case .sharedConnection: [
            // A connection named in passing is common ground; anyone else so named is nothing.
            RuleExample("Hallo Elena, ich organisiere ab Januar mit Sofia Brandt die Talks beim Meetup. Lust auf einen Kaffee?", .connectionSofiaBrandt, fires: true),
            RuleExample("Hallo Elena, ich organisiere ab Januar mit Peter Vance die Talks beim Meetup. Lust auf einen Kaffee?", fires: false),
            // A person described before the verb: where they work, an aside, greetings they send.
            RuleExample("Sofia Brandt from your talent team said you're open to a chat about hiring.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt (Helio) mentioned you're the person to talk to about data infra.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt sends her greetings! Would love to connect.", .connectionSofiaBrandt, fires: true),
            RuleExample("Hallo Elena, Sofia Brandt hat mir deinen Namen genannt.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt suggested I reach out.", .connectionSofiaBrandt, fires: true),
            RuleExample("We have a mutual friend in Sofia Brandt.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt speaks very highly of you.", .connectionSofiaBrandt, fires: true),
            RuleExample("Olá Elena, a Sofia falou-me de ti.", .connectionSofiaBrandt, fires: true),
            RuleExample("Brandt Sofia suggested I reach out.", .connectionSofiaBrandt, fires: true),
            RuleExample("I'm Sofia's colleague at Havenlijn.", .connectionSofiaBrandt, fires: true),
            RuleExample("Hi Elena, I'm Sofia's husband, she told me a lot about you.", .connectionSofiaBrandt, fires: true),
            RuleExample(nil, .mutualConnections, fires: true),
            RuleExample("Peter Vance suggested I reach out.", fires: false),
            RuleExample("Hoi Elena, Sofia Brandt heeft me aan je voorgesteld, ik zet bij Parcelwise een platformteam op.", .connectionSofiaBrandt, fires: true),
            RuleExample("Hallo Elena, Sofia Brandt meinte, ich soll mich mal bei dir melden.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt, a mutual contact, mentioned you're hiring.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt (our mutual friend) said you'd be up for a chat about Backstage.", .connectionSofiaBrandt, fires: true),
            RuleExample("Sofia Brandt from Tideway said I should connect with you.", .connectionSofiaBrandt, fires: true),
            RuleExample("Bonjour Elena, c'est Sofia Brandt qui m'a conseillé de vous contacter.", .connectionSofiaBrandt, fires: true),
            // Typed in lower case: a connection's name counts; another name is no claim (below).
            RuleExample("sofia brandt gave me your name, hope that's ok!", .connectionSofiaBrandt, fires: true),
        ]
        case .sharedEmployer: [
            RuleExample("I left Helio Systems last year and now freelance in Rotterdam.", fires: true),
            RuleExample("We worked together at Helio Systems on billing.", fires: true),
            RuleExample(nil, .sharedEmployerInProfile, fires: true),
            RuleExample("Fellow Helio Systems alum here :)", fires: true),
            RuleExample("I'm at Northwind too (data team), figured we should be connected.", fires: true),
            RuleExample("Tom here from the Helio billing team!", fires: true),
            RuleExample("Former Brightline colleague here, hope you're well!", fires: true),
            RuleExample("As an ex-Helio, I'd love to reconnect!", fires: true),
            RuleExample("Hi Elena, I'm Tom from the Helio days, hope you remember me!", fires: true),
            RuleExample("Tom here from the Helio billing team — next time you're in Berlin let's grab a beer!", fires: true),
            RuleExample("Hi Elena, I'm at Northwind too and this is my first week on the data team.", fires: true),
            RuleExample("Hoi Elena, ik ben een oud-collega van je bij Northwind, inmiddels bij Coolblue.", fires: true),
            RuleExample("Ex-Northwind here, would love to stay in touch.", fires: true),
            RuleExample("We were both at Brightline around 2015.", fires: true),
            RuleExample("Ciao Elena, sono un ex collega di Chiara in Helio, piacere!", fires: false),
            RuleExample("We were both at KubeCon last week, great talks.", fires: false),
            RuleExample("Ich bin auch bei Northwind im Data-Team.", fires: true),
            RuleExample("Hoi Elena, we hebben samen bij Helio gewerkt!", fires: true),
            RuleExample("Olá Elena, somos colegas na Northwind.", fires: true),
            RuleExample("I was an intern on your team at Helio back in 2019!", fires: true),
            RuleExample("We overlapped at Helio in Berlin.", fires: true),
            RuleExample("We worked together in Berlin a few years ago!", fires: true),
            RuleExample("Trabajamos juntos en Berlín.", fires: true),
            RuleExample("We worked together in the UK years ago, great to see you here!", fires: true),
            RuleExample("Trabajamos juntos en Alemania.", fires: true),
            RuleExample("We worked together at Northwind customer success.", fires: true),
            RuleExample("Greetings, this is Chen from Edinburgh. I have a lucrative investment opportunity for you.", fires: false),
            RuleExample("I'm Tom from Rotterdam, let's connect!", fires: false),
            RuleExample("I'm at Northwind tomorrow, can we grab coffee?", fires: false),
            RuleExample("Great working with you at Oracle!", fires: false),
            RuleExample("I work at Amazon and help platform teams cut costs.", fires: false),
            RuleExample("I'm with Northwind's biggest competitor, would love to chat.", fires: false),
            RuleExample("This is Anna from the Northwind recruiting agency.", fires: false),
            RuleExample("I'm at the Northwind office tomorrow for a vendor meeting.", fires: false),
            RuleExample("I found you here from the Northwind Analytics careers page.", fires: false),
            RuleExample("This is Sarah from Northwind Analytics IT support, please verify your account.", fires: false),
            RuleExample("Hi Elena, I'm Sarah from Northwind IT, please verify your account details.", fires: false),
            RuleExample("Are any of your former Helio colleagues open to new roles? We're hiring SREs.", fires: false),
            RuleExample("As an ex-Helio Systems customer, we loved your billing platform.", fires: false),
            RuleExample("Me encanta tu trabajo en Northwind.", fires: false),
            RuleExample("Estoy en Helio Systems esta semana para una reunión.", fires: false),
            RuleExample("Elena! Markus from Helio here. Finally on LinkedIn properly, wanted to reconnect.", fires: true),
            RuleExample("Hoi Elena, ik werk sinds kort ook bij Northwind (data team). Leuk om even te connecten!", fires: true),
            RuleExample("Hoi Elena, ik ben sinds kort begonnen bij Northwind als backend dev.", fires: true),
            RuleExample("Worked with you at Brightline (2014-ish), great to see you here.", fires: true),
            RuleExample("Hi Elena, Tom from Hays here. Hope you're well!", fires: false),
        ]
        case .sharedSchool: [
            RuleExample("I'm doing my MSc in Computer Science at TU Delft (your alma mater!) and would love your advice.", fires: true),
            RuleExample("Fellow Edinburgh alum here, class of 2013!", fires: true),
            RuleExample("I'm a CS student at TU Delft and would love to learn from your path.", fires: true),
            RuleExample("Fellow UoE alum!", fires: true),
            RuleExample("We were at Edinburgh Uni together, remember the hiking club?", fires: true),
            RuleExample("I graduated from Edinburgh in 2012, so we probably overlapped!", fires: true),
            RuleExample("We were at the University of Edinburgh careers fair recruiting graduates.", fires: false),
            RuleExample("Hi Elena, I'm a student at TU Delft and I went to the meetup you hosted this autumn.", fires: true),
            RuleExample("I graduated from Delft this summer and I'm looking for my first platform job.", fires: true),
            RuleExample("We were classmates at Stanford.", fires: false),
            RuleExample("I'm a student at Stanford and would love to learn from your path.", fires: false),
            RuleExample("Bonjour Elena, nous étions ensemble à TU Delft. Au plaisir de reprendre contact !", fires: true),
            RuleExample("Studied at Edinburgh too (CS, same year as you I think!). Happy to connect.", fires: true),
            RuleExample("Hoi Elena! We zaten samen op de TU Delft, leuk je hier te zien.", fires: true),
            RuleExample("Estudiamos juntas en la Universidad de Edimburgo, ¡qué pequeño es el mundo!", fires: true),
            RuleExample("I see you studied at Edinburgh, impressive! We're hiring SREs.", fires: false),
        ]
        case .sharedGroup: [
            RuleExample("As a fellow member of the Rotterdam Swift Meetup, I'd like to connect.", .groupsConfigured, fires: true),
            RuleExample("As a fellow member of the Rotterdam Swift Meetup, I'd like to connect.", fires: false),
            RuleExample("Hello from another Rotterdam Swift Meetup member!", .groupsConfigured, fires: true),
            RuleExample("We're both in the Swift in Rotterdam group, see you at the next one!", .groupsConfigured, fires: true),
        ]
        case .metBefore: [
            RuleExample("Hallo Elena, schön dich beim Rotterdam Swift Meetup am Dienstag kennengelernt zu haben!", fires: true),
            RuleExample("Thanks for the webinar yesterday on platform engineering, the slide on chargeback was gold.", fires: true),
            RuleExample("It was great to meet you at the Chamber of Commerce event last night.", fires: true),
            RuleExample("Wir haben uns auf der Konferenz in Berlin kennengelernt.", fires: true),
            RuleExample("We both spoke at Container Days 2025.", fires: true),
            RuleExample("Wir kennen uns von der KubeCon in Amsterdam.", fires: true),
            RuleExample("Hallo Elena, wir haben uns letzte Woche beim Kunden in Hamburg getroffen.", fires: true),
            RuleExample("Hi Elena, I was your student in the Kubernetes course at Codam.", fires: true),
            RuleExample("Wir haben uns Ihr Profil angesehen und intern darüber gesprochen. Interesse an einer neuen Rolle?", fires: false),
            RuleExample("Hi Elena, I think our paths crossed at KubeCon Paris.", fires: true),
            RuleExample("Great news: we crossed 10,000 customers this year!", fires: false),
            RuleExample("Our paths crossed in my dreams, beautiful. Please write me on WhatsApp.", fires: false),
            RuleExample("Wir haben uns gestern im Team getroffen und über Ihr Profil gesprochen.", fires: false),
            RuleExample("Nos vimos en la KubeCon de Valencia, ¡un placer!", fires: true),
            RuleExample("We were both speaking at KubeCon next month.", fires: false),
            RuleExample("hoi! we spraken elkaar bij de golang meetup in amsterdam over die race condition", fires: true),
            RuleExample("was super leuk om je weer te zien op de reünie in Delft!", fires: true),
            RuleExample("we shared a taxi to the airport after kubecon, I'm the one with the broken suitcase wheel 😂", fires: true),
            RuleExample("Hoi Noor, we hebben samen bij Rabobank gewerkt. Leuk om je hier te zien!", fires: false),
            RuleExample("Hope all is well since our Edinburgh days!", fires: true),
            RuleExample("Hi friend! Long time no see.", fires: false),
            RuleExample("I hope we meet at KubeCon next year.", fires: false),
            RuleExample("We haven't met yet, but I enjoy your posts.", fires: false),
            RuleExample("Hallo Elena, schön, dass wir uns auf der FOSDEM kennengelernt haben!", fires: true),
            RuleExample("Salut Elena, on s'est rencontrées à la KubeCon de Paris, au stand Postgres !", fires: true),
            RuleExample("Oi Elena! Conversamos no hallway track da KubeCon sobre backups.", fires: true),
            RuleExample("Thx for the chat over dinner yesterday, Elena 🙏", fires: true),
            RuleExample("Hi Elena, great to finally meet in person at KubeCon after two years of PR reviews!", fires: true),
            RuleExample("Met at the Dutch Go Day after-party, we argued about sqlc vs GORM for 40 minutes.", fires: true),
            RuleExample("hi elena, saw u at the marathon expo picking up ur bib, good luck sunday!", fires: true),
            RuleExample("Bonjour Elena, je serais ravi d'échanger avec vous sur le cloud.", fires: false),
            RuleExample("hoi elena, leuk je gisteren bij de repetitie te zien!", fires: true),
        ]
        case .priorConversation: [
            RuleExample(nil, .regularConversation, fires: true),
            RuleExample(nil, fires: false),
        ]
        case .knownContact: [
            RuleExample(nil, .inContacts, fires: true),
            RuleExample(nil, fires: false),
        ]
        case .profileRationale: [
            RuleExample(nil, .sharedSkills, fires: true),
            RuleExample(nil, fires: false),
        ]
        case .unreadNote: [
            RuleExample("Cześć Elena, poznałyśmy się na KubeCon w Paryżu i rozmawiałyśmy o operatorach Postgresa. Miło było!", fires: true),
            RuleExample("先週のKubeCon東京でPostgresについてお話しできて楽しかったです。ぜひつながりましょう。", fires: true),
            RuleExample("Hej Elena! Vi träffades på KubeCon i Amsterdam, tack för det trevliga samtalet om Postgres.", fires: true),
            RuleExample("Chciałbym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn.", fires: false),
            RuleExample("Olá Elena, trabalhamos juntos na Helio. Vamos manter contato!", fires: false),
            RuleExample("Hej!", fires: false),
            // Names no pattern reads, given to the reader: not a note to anyone.
            RuleExample("hey elena, the k8s workshop at Codam was great, you rock, learned a ton", fires: true),
            RuleExample("Elena, we're putting together the speaker lineup for PGConf.NL and your Helio migration story would be perfect.", fires: true),
            // What a mail merge fills in, the sender's introduction, a job, a meeting still to come.
            RuleExample("Hi Elena, I see you've been at Northwind Analytics for a while now. Impressive career! Let's connect.", fires: false),
            RuleExample("Hi Elena, I'm a Product Manager at Google and would love to connect with you.", fires: false),
            RuleExample("Hi Elena, we're hiring a Head of Platform at Adyen in Amsterdam, would you be interested?", fires: false),
            RuleExample("Hope we get to meet at KubeCon someday! Let's connect.", fires: false),
            RuleExample("Hi Elena, I'd love to exchange ideas about AI and SaaS with you.", fires: false),
        ]
        }
    }
}
