namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages saved as text from three more kinds of publisher: a newsletter platform (counters under
/// the byline, an e-mail box between paragraphs), a think tank (a head block of experts, roles, a
/// PDF link and the date between the standfirst and the story; a fellow's note and a disclaimer
/// at the end), a government press office (the issuing department, a contact block, a feedback
/// prompt), a Spanish news site (share lines, a related box between paragraphs), a wire service
/// (a stamp whose year runs into the time, trust and licensing lines, the writer's box) and a French
/// paper (a stamp in French, the writer signing again under the story, an agency line).
/// </summary>
public class When_scraped_text_comes_from_newsletters_think_tanks_and_press_offices
{
    private const string NewsletterPost = """
        Harbour Notes
        Subscribe
        Sign in

        Why the ferry tender failed twice
        The money was there. The shipyards were not.

        Eliska Novotna
        Mar 3, 2026
        58
        11
        Share

        The regional government has cancelled its tender for two electric ferries for the second time in a year, after the only bid it received came in forty percent over budget.

        Officials blamed rising steel prices, but the deeper problem is capacity: the three yards that can build such vessels in the region are booked until 2029 with naval work.

        Thanks for reading Harbour Notes! Subscribe for free to receive new posts.
        Type your email...
        Subscribe

        The ferry operator now plans to lease two diesel vessels for three more winters, which undoes most of the emissions savings the plan promised.

        A third tender, with a longer delivery window, is due in the autumn.

        58 Likes
        11 Comments
        Share
        Discover more from Harbour Notes
        Subscribe
        """;

    private const string Commentary = """
        Research
        Experts
        Events
        Donate

        Commentary
        Grain corridors need insurers more than warships
        Shipping through the strait resumed only when underwriters came back, and they will leave again at the first doubt.
        Experts
        Tomas Lindgren
        Senior Fellow, Maritime Program
        Amara Osei
        Research Associate
        Download PDF
        Cite this commentary
        April 2, 2026

        When the first grain ships left port under the new arrangement, naval escorts took the photographs, but it was the return of war-risk insurance that made the voyages possible.

        Premiums fell from three percent of a hull's value to under one percent within a month, according to brokers in London, and traffic doubled in the same period.

        Governments that want the corridor to last should underwrite the underwriters: a state reinsurance pool would keep cover available when the next incident comes.

        Tomas Lindgren is a senior fellow in the Maritime Program.

        The views expressed in this commentary are solely those of the authors.

        Related Content
        Report: Insuring the Black Sea
        Stay informed
        Sign up for our newsletters.
        """;

    private const string PressRelease = """
        Skip to main content
        Menu
        Press release
        £30 million to restore two northern canals
        Funding will repair locks and towpaths on the Ribble and Calder waterways.

        From: Department for Environment and Rural Affairs Minister Joan Pritchard
        Published 12 May 2026

        Two canals in the north of England will share £30 million to repair locks, reinforce banks and reopen towpaths, Rural Affairs Minister Joan Pritchard announced today.

        The Ribble Link will receive £17 million to replace four lock gates, and the Calder and Hebble Navigation will get £13 million to stabilise embankments damaged in last winter's floods.

        The Canal and River Trust, which manages both waterways, said work would start in September and finish in 2028.

        Media enquiries
        Press office
        Email newsdesk@example.gov.uk
        Phone 0300 555 0147
        Share this page
        Is this page useful?
        Yes
        No
        Report a problem with this page
        """;

    private const string SpanishStory = """
        Ir al contenido
        Suscríbete
        Portada
        Economía

        El puerto de Valencia invertirá 400 millones en una nueva terminal

        La obra permitirá atender buques de mayor tamaño a partir de 2029.

        Marta Salinas
        Valencia - 4 mar 2026 - 10:20 CET

        Compartir en Facebook
        Compartir en X
        Copiar enlace

        La Autoridad Portuaria de Valencia aprobó este miércoles una inversión de 400 millones de euros para construir una nueva terminal de contenedores en la ampliación norte del puerto.

        La terminal tendrá capacidad para cinco millones de contenedores al año y será gestionada por una concesionaria privada durante treinta y cinco años, según el proyecto presentado.

        Te puede interesar
        Los puertos españoles baten récord de tráfico en 2025
        El Gobierno acelera el corredor mediterráneo

        Las asociaciones vecinales de los poblados marítimos pidieron que el proyecto incluya una evaluación del impacto en las playas del sur de la ciudad.
        """;

    private const string WireStory = """
        Skip to main content
        World
        Business
        Markets

        Commodities
        Chile to cut lithium royalties for new brine projects, mining minister says
        By Lucas Ferreyra
        May 12, 20264:05 PM UTCUpdated 3 hours ago

        SANTIAGO, May 12 (Reuters) - Chile will lower royalties on lithium from new brine projects for their first five years, Mining Minister Paula Ortiz said on Tuesday, to draw investment to salt flats outside the Atacama.

        The cut will not apply to existing contracts, Ortiz said, and companies will have to partner with the state copper firm to qualify.

        The Chilean Lithium Association said it welcomed the measure.

        Reporting by Lucas Ferreyra; Editing by Anne Marsh

        Our Standards: The Thomson Reuters Trust Principles.

        Acquire Licensing Rights, opens new tab

        Lucas Ferreyra reports on mining and energy in the Andes from Santiago.

        Read Next
        Gold steadies as dollar slips
        Site Index
        © 2026 Reuters. All rights reserved
        """;

    private const string FrenchStory = """
        Aller au contenu principal
        Se connecter
        Économie

        La SNCF commande quarante trains de nuit

        Les premières rames doivent circuler en 2030 sur les lignes vers Nice et Toulouse.

        Par Hélène Baudry
        Publié le 14 avril 2026 à 09h12, modifié le 14 avril 2026 à 11h40
        Lecture 2 min.

        La SNCF a passé commande mardi de quarante rames de trains de nuit, pour un montant de 900 millions d'euros, a annoncé le ministre des transports.

        Les trains seront construits dans l'usine de La Rochelle et circuleront d'abord entre Paris, Nice et Toulouse, a précisé l'entreprise dans un communiqué.

        Hélène Baudry

        Le Monde avec AFP

        Réutiliser ce contenu
        """;

    private const string PitchAfterTheStory = """
        The Weekly Review
        Sign In

        Ideas
        The slow return of the sleeper train
        Night trains were written off a decade ago. Now they are full, and nobody planned for it.

        By Jonas Berger
        March 2026 Issue

        On a wet evening in Vienna, the night train to Hamburg leaves with every couchette taken, and the conductor remembers when he had whole carriages to himself.

        Operators are refurbishing old carriages because only one factory builds new sleeper cars, and its order book is full until the end of the decade.

        Jonas Berger is a contributing writer at The Weekly Review.

        Sign up for our newsletter
        Each weekday evening, get an overview of the day's biggest news, along with ideas, images and people worth knowing about.
        Email
        Sign Up
        """;

    private const string GulfPaper = """
        Menu
        UAE
        Gulf
        MENA
        Subscribe

        MENA

        Jordan and Iraq agree to extend oil pipeline talks as Basra exports recover

        Negotiators in Amman set a new deadline after disputes over transit fees and security costs

        Omar Khalidi
        Amman
        Mar 11, 2026
        Listen
        Share

        Jordanian and Iraqi officials agreed on Wednesday to extend talks on a pipeline from Basra to the Red Sea port of Aqaba by three months, after failing to settle how transit fees would be shared.

        The two energy ministers said in a joint statement that technical teams would meet again in Baghdad in April to agree security arrangements for the route.

        Omar Khalidi is an Amman-based correspondent for The Gulf Ledger.
        """;

    private const string Readout = """
        Ministry of Foreign Affairs
        Home > Newsroom > Readouts
        Minister Halvorsen's Meeting with Ghanaian Foreign Minister Mensah
        READOUT
        OFFICE OF THE SPOKESPERSON
        APRIL 2, 2026

        The following is attributable to Spokesperson Ida Brekke:

        Foreign Minister Kari Halvorsen met today in Oslo with Ghanaian Foreign Minister Kofi Mensah to discuss cocoa trade, maritime security in the Gulf of Guinea and Ghana's chairmanship of the regional development bank.

        The ministers agreed to hold the next round of political consultations in Accra in the autumn.
        """;

    [Fact]
    public void Should_take_the_name_and_city_above_the_date_for_the_byline_and_not_take_the_listen_button_for_the_title()
    {
        var cleaned = Clean(GulfPaper);
        Assert.Equal("Jordan and Iraq agree to extend oil pipeline talks as Basra exports recover", cleaned.Title);
        Assert.Equal("Negotiators in Amman set a new deadline after disputes over transit fees and security costs", cleaned.Standfirst);
        Assert.Equal("Omar Khalidi", cleaned.Author);
        Assert.Contains(cleaned.Removed, r => r.Text == "Amman" && r.Reason == "byline");
        Assert.StartsWith("Negotiators in Amman", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_take_a_label_in_capitals_or_a_breadcrumb_for_the_title()
    {
        var cleaned = Clean(Readout);
        Assert.Equal("Minister Halvorsen's Meeting with Ghanaian Foreign Minister Mensah", cleaned.Title);
        Assert.Contains(cleaned.Removed, r => r.Text == "OFFICE OF THE SPOKESPERSON" && r.Reason == "label");
        Assert.Contains(cleaned.Removed, r => r.Text == "Home > Newsroom > Readouts" && r.Reason == "nav");
        Assert.EndsWith("in Accra in the autumn.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_a_byline_of_two_writers_whose_names_hold_particles() =>
        Assert.Equal("Pieter de Vries and Anna van Dijk",
            Clean("EU agrees to tighten rules on car subsidies\nBy Pieter de Vries and Anna van Dijk\nEU countries agreed on Tuesday to extend tariffs on imported electric cars to plug-in hybrids, backing a proposal that two members tried to block.\n").Author);

    private const string AgencyPage = """
        English
        Home
        China
        World

        Two ports sign agreement on shared customs data

        Source: Harbour Wire
        Editor: Chen Jia
        2026-05-14 21:05:12

        NINGBO: The ports of Ningbo and Rotterdam signed an agreement on Wednesday to share customs data on container shipments, officials from both ports said at a ceremony in the city.

        The agreement covers electronic manifests and inspection results, and is meant to cut the time containers wait for clearance by a day on average.

        Start a Conversation
        Post comment
        FOLLOW US ON SOCIAL MEDIA
        """;

    private const string SiteNameAboveMenus = """
        Ministry of Foreign Affairs
        Home > Press Room > Statements
        Print
        Share
        A
        A+
        A++

        Readout of Foreign Minister Aliyeva's meeting with the Secretary-General of the Conference of Baltic Ports

        12 February 2026

        Foreign Minister Leyla Aliyeva met today in Riga with the Secretary-General of the Conference of Baltic Ports to discuss ferry links and a joint port security exercise planned for the autumn.
        """;

    [Fact]
    public void Should_read_an_iso_stamp_an_editor_line_a_colon_dateline_and_drop_the_comment_prompts()
    {
        var cleaned = Clean(AgencyPage);
        Assert.Equal("Two ports sign agreement on shared customs data", cleaned.Title);
        Assert.Equal("2026-05-14", cleaned.Published);
        Assert.Null(cleaned.Author);
        Assert.Equal("NINGBO", cleaned.Dateline);
        Assert.EndsWith("by a day on average.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_take_a_sites_name_above_the_menus_for_a_headline_over_a_standfirst()
    {
        var cleaned = Clean(SiteNameAboveMenus);
        Assert.StartsWith("Readout of Foreign Minister Aliyeva's meeting", cleaned.Title, StringComparison.Ordinal);
        Assert.Null(cleaned.Standfirst);
    }

    [Theory]
    [InlineData("UPDATE: The minister has since resigned.", null)]
    [InlineData("NEW DELHI: India and Bangladesh agreed on Friday to begin talks.", "NEW DELHI")]
    public void Should_read_a_dateline_before_a_colon_but_not_a_label(string paragraph, string? dateline) =>
        Assert.Equal(dateline, Dateline.Find(paragraph));

    [Fact]
    public void Should_read_a_wire_stamp_whose_year_runs_into_the_time_and_drop_the_wires_tail()
    {
        var cleaned = Clean(WireStory);
        Assert.Equal("Chile to cut lithium royalties for new brine projects, mining minister says", cleaned.Title);
        Assert.Equal("2026-05-12", cleaned.Published);
        Assert.Equal("Lucas Ferreyra", cleaned.Author);
        Assert.EndsWith("The Chilean Lithium Association said it welcomed the measure.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Our Standards", StringComparison.Ordinal) && r.Reason == "end-note");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Acquire Licensing Rights", StringComparison.Ordinal) && r.Reason == "caption");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Lucas Ferreyra reports on", StringComparison.Ordinal) && r.Reason == "author-box");
    }

    [Fact]
    public void Should_read_a_french_stamp_and_drop_the_signature_and_agency_line_under_the_story()
    {
        var cleaned = Clean(FrenchStory);
        Assert.Equal("2026-04-14", cleaned.Published);
        Assert.Equal("Hélène Baudry", cleaned.Author);
        Assert.EndsWith("a précisé l'entreprise dans un communiqué.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "Le Monde avec AFP" && r.Reason == "end-note");
    }

    [Fact]
    public void Should_drop_a_sign_up_boxs_pitch_when_only_furniture_follows_it()
    {
        var cleaned = Clean(PitchAfterTheStory);
        Assert.Equal("Jonas Berger", cleaned.Author);
        Assert.EndsWith("its order book is full until the end of the decade.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By: Kelsey Morales", "Kelsey Morales")]
    [InlineData("Publié le 3 mars 2026 à 18h02", null)]
    public void Should_read_the_writer_from_a_byline(string byline, string? author) =>
        Assert.Equal(author, Clean($"Board delays vote on four-day school week\n{byline}\nThe school board delayed a vote on switching to a four-day week on Monday after more than 300 parents filled the hall.\n").Author);

    [Fact]
    public void Should_read_a_newsletter_post_past_its_counters_and_keep_the_paragraphs_after_its_email_box()
    {
        var cleaned = Clean(NewsletterPost);
        Assert.Equal("Why the ferry tender failed twice", cleaned.Title);
        Assert.Equal("The money was there. The shipyards were not.", cleaned.Standfirst);
        Assert.Equal("Eliska Novotna", cleaned.Author);
        Assert.Equal("2026-03-03", cleaned.Published);
        Assert.Contains(cleaned.Removed, r => r.Text == "Type your email..." && r.Reason == "promo");
        Assert.Contains(cleaned.Removed, r => r.Text == "58" && r.Reason == "counter");
        Assert.Contains("The ferry operator now plans to lease", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("A third tender, with a longer delivery window, is due in the autumn.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_paragraph_above_a_think_tanks_head_block_as_the_standfirst()
    {
        var cleaned = Clean(Commentary);
        Assert.Equal("Grain corridors need insurers more than warships", cleaned.Title);
        Assert.StartsWith("Shipping through the strait resumed", cleaned.Standfirst, StringComparison.Ordinal);
        Assert.Equal("Tomas Lindgren", cleaned.Author);
        Assert.Equal("2026-04-02", cleaned.Published);
        foreach (var line in new[] { "Experts", "Senior Fellow, Maritime Program", "Amara Osei", "Download PDF", "Cite this commentary" })
            Assert.DoesNotContain(line, cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Shipping through the strait resumed", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("when the next incident comes.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Tomas Lindgren is a senior fellow", StringComparison.Ordinal) && r.Reason == "author-box");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("The views expressed", StringComparison.Ordinal) && r.Reason == "end-note");
    }

    [Fact]
    public void Should_drop_the_issuing_department_the_contact_block_and_the_feedback_prompt_of_a_press_release()
    {
        var cleaned = Clean(PressRelease);
        Assert.Equal("£30 million to restore two northern canals", cleaned.Title);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("From: Department for Environment", StringComparison.Ordinal) && r.Reason == "source");
        Assert.Contains(cleaned.Removed, r => r.Text == "Email newsdesk@example.gov.uk" && r.Reason == "contact");
        Assert.Contains(cleaned.Removed, r => r.Text == "Phone 0300 555 0147" && r.Reason == "contact");
        Assert.DoesNotContain("Media enquiries", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("useful", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("said work would start in September and finish in 2028.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_spanish_share_lines_and_the_related_box_between_paragraphs()
    {
        var cleaned = Clean(SpanishStory);
        Assert.Equal("El puerto de Valencia invertirá 400 millones en una nueva terminal", cleaned.Title);
        Assert.Equal("Marta Salinas", cleaned.Author);
        foreach (var line in new[] { "Compartir en", "Copiar enlace", "Te puede interesar", "baten récord", "corredor mediterráneo", "Marta Salinas" })
            Assert.DoesNotContain(line, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("La Autoridad Portuaria de Valencia aprobó", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("en las playas del sur de la ciudad.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Comments 212", "comments")]
    [InlineData("Compartilhar no WhatsApp", "share")]
    [InlineData("Lo más leído", "related")]
    [InlineData("Was this article helpful?", "footer")]
    [InlineData("Save articles to read later and create your own reading list.", "prompt")]
    [InlineData("We've been covering the war since day one. Help us keep going.", "promo")]
    [InlineData("Listen", "nav")]
    [InlineData("Follow us", "nav")]
    [InlineData("AA", "nav")]
    public void Should_know_the_furniture_line(string line, string reason) =>
        Assert.Contains(Clean($"Headline of a short story about a bridge\n{line}\nThe county approved the repair plan on Tuesday after a long debate about the cost of the work and the detours it needs.\n").Removed,
            r => r.Text == line && r.Reason == reason);

    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });
}
