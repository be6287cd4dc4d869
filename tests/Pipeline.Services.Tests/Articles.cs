namespace Pipeline.Services.Tests;

/// <summary>Small documents the team wrote for these specifications.</summary>
internal static class Articles
{
    public const string Html = """
        <html lang="en"><head><title>Harbour authority approves a second ferry terminal | Coastline Post</title>
        <meta name="author" content="Mira Tallis"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav>
        <article>
        <h1>Harbour authority approves a second ferry terminal</h1>
        <p>BERGEN — The Bergen Port Authority approved a second ferry terminal on Tuesday, ending a two-year dispute between the city council and the shipping operator Fjordline Group over berth space.</p>
        <p>The terminal will cost about $120 million and should open in 2027, according to harbour director Solveig Aasen, who said the plan had been redrawn three times to protect the old fish market.</p>
        <p>Local business groups welcomed the decision, while residents of the Nordnes district asked for limits on night-time traffic and a new bus line to the quay.</p>
        </article>
        <footer>© Coastline Post. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
        </body></html>
        """;

    public const string Text = """
        Skip to main content
        Sign in

        Regional rail link wins funding after a decade of delays

        The line between the two valley towns will carry its first passengers in four years, the transport ministry said.

        VALDOR — The national transport ministry approved funding for the regional rail link between Valdor and Orrin on Monday, ending a decade of studies, public hearings and legal challenges from landowners along the route.

        Transport Minister Helena Croft said the project would cost 840 million euros and employ about 2,000 people during construction, most of them hired through the regional employment office.

        Construction firms will bid for the first section in the spring, and the ministry expects the tunnel under the Orrin ridge to be the most expensive part of the work.

        Join thousands of readers who get our morning newsletter. Subscribe now and cancel anytime.
        Already a member? Sign in
        """;
}
