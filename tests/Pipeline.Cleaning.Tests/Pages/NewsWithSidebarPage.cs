namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>An invented regional news site: top navigation, an article, a "most read" sidebar, a footer.</summary>
internal static class NewsWithSidebarPage
{
    public const string Url = "https://www.harbour-gazette.example/coast/2024/03/ferry-timetable";

    public const string Html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Ferry timetable cut for spring | The Harbour Gazette</title>
          <meta property="og:title" content="Ferry timetable cut for spring">
          <meta property="og:site_name" content="The Harbour Gazette">
          <meta property="og:description" content="Islanders face fewer crossings after the operator trims its spring schedule.">
          <link rel="canonical" href="/coast/2024/03/ferry-timetable">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Harbour Gazette"},
            {"@type":"NewsArticle","headline":"Ferry timetable cut for spring","datePublished":"2024-03-14T08:30:00+00:00",
             "author":[{"@type":"Person","name":"Maren Holt"}]}]}
          </script>
        </head>
        <body>
          <a class="skip-link" href="#main">Skip to content</a>
          <header class="site-header">
            <div class="logo"><a href="/">The Harbour Gazette</a></div>
            <nav class="main-nav"><ul>
              <li><a href="/coast">Coast</a></li><li><a href="/business">Business</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
            </ul></nav>
          </header>
          <div class="layout">
            <main id="main">
              <article class="story">
                <h1>Ferry timetable cut for spring</h1>
                <div class="byline">By <a href="/staff/maren-holt">Maren Holt</a> · <time datetime="2024-03-14T08:30:00Z">14 March 2024</time></div>
                <p class="lead">Islanders face fewer crossings after the operator trims its spring schedule.</p>
                <div class="story-body">
                  <p>PORTHAVEN — The island ferry will run four return sailings a day instead of six from April, the operator said on Wednesday, blaming a shortage of qualified deck crew and the rising cost of fuel.</p>
                  <p>Councillors said the change would leave commuters stranded on winter evenings, when the last boat now leaves the mainland before most shifts end. A petition against the cut has gathered more than two thousand names in a week.</p>
                  <h2>What changes in April</h2>
                  <ul>
                    <li>The 06:10 departure from the island moves to 06:40 on weekdays.</li>
                    <li>The late sailing at 21:30 is withdrawn until the end of May.</li>
                    <li>Freight bookings must be made forty-eight hours in advance.</li>
                  </ul>
                  <blockquote><p>We cannot sail a boat without the people to crew it, and we will not cut corners on safety to keep a timetable.</p></blockquote>
                  <p>The operator said it expected to restore the full timetable in the summer once new recruits finished their training, but gave no firm date for the return of the evening crossing.</p>
                </div>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
              </article>
            </main>
            <aside class="sidebar">
              <h3>Most read</h3>
              <ol>
                <li><a href="/a">Lifeboat crew rescue walkers cut off by the tide at Gull Point</a></li>
                <li><a href="/b">Harbour market traders fear rent rise after council review</a></li>
                <li><a href="/c">Storm damage closes coastal path between the two lighthouses</a></li>
              </ol>
            </aside>
          </div>
          <footer class="site-footer">
            <p>© 2024 The Harbour Gazette. All rights reserved.</p>
            <p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p>
          </footer>
        </body>
        </html>
        """;
}
