namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>An invented German hobby blog: a post in div soup, tag links, a long comment thread.</summary>
internal static class BlogWithCommentsPage
{
    public const string Html = """
        <html lang="de">
        <head>
          <title>Sauerteig im Winter – Brotzeit-Blog</title>
          <meta name="author" content="Jonas Brenner">
          <meta name="description" content="Warum der Sauerteig in kalten Monaten träger wird und wie man ihn trotzdem zuverlässig führt.">
        </head>
        <body>
          <div id="wrapper">
            <div id="top"><a href="/">Brotzeit-Blog</a> | <a href="/rezepte">Rezepte</a> | <a href="/ueber-mich">Über mich</a></div>
            <div id="content">
              <div class="post">
                <h2 class="post-title">Sauerteig im Winter</h2>
                <div class="post-meta">Veröffentlicht am 12.01.2023 von Jonas</div>
                <div class="entry">
                  <p>Wenn die Küche im Januar kaum siebzehn Grad erreicht, braucht mein Roggensauer fast doppelt so lange, bis er reif ist. Das ist kein Fehler, sondern schlicht Biologie: Hefen und Milchsäurebakterien arbeiten in der Kälte langsamer.</p>
                  <p>Ich stelle das Glas deshalb abends in den Backofen, nur mit eingeschalteter Lampe. Die kleine Glühbirne hält die Temperatur bei etwa sechsundzwanzig Grad, und am Morgen ist der Teig locker und riecht angenehm säuerlich.</p>
                  <p>Wer keine Lampe im Ofen hat, kann eine Styroporbox mit einer Wärmflasche nehmen. Wichtig ist nur, die Temperatur einmal mit einem Thermometer zu prüfen, statt sich auf das Gefühl zu verlassen.</p>
                </div>
                <div class="tags">Schlagwörter: <a href="/tag/roggen">Roggen</a>, <a href="/tag/sauerteig">Sauerteig</a></div>
              </div>
              <div id="comments">
                <h3>3 Kommentare</h3>
                <div class="comment"><p>Danke für den Tipp mit der Ofenlampe, das probiere ich am Wochenende gleich aus, mein Teig war zuletzt immer viel zu flach.</p></div>
                <div class="comment"><p>Bei mir hat die Box mit der Wärmflasche wunderbar funktioniert, allerdings musste ich das Wasser nachts einmal wechseln.</p></div>
                <div class="comment"><p>Kann man den Sauerteig im Winter auch einfach länger stehen lassen, oder wird er dann zu sauer für ein mildes Brot?</p></div>
              </div>
            </div>
            <div id="footer">Impressum | Datenschutz</div>
          </div>
        </body>
        </html>
        """;
}
