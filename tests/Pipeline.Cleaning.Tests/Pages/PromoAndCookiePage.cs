namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>An invented science magazine page: cookie banner, newsletter box and membership promo around the article.</summary>
internal static class PromoAndCookiePage
{
    public const string Html = """
        <html lang="en">
        <head><title>Why moths circle lamps</title></head>
        <body>
          <div id="cookie-consent" class="cookie-banner">
            <p>We use cookies to improve your experience. By continuing to browse you accept our use of cookies.</p>
            <a href="#">Accept all</a> <a href="#">Settings</a>
          </div>
          <div class="container">
            <article>
              <h1>Why moths circle lamps</h1>
              <p>For centuries people assumed that moths were attracted to light itself. High-speed cameras now suggest something stranger: the insects tilt their backs towards the brightest thing they can see, because in nature that is almost always the sky.</p>
              <p>Under an artificial lamp the rule fails. The moth keeps turning its back to the bulb, which sends it into an endless orbit or a sudden stall, and it often ends up flying upside down until it crashes.</p>
              <div class="newsletter-signup">
                <h3>Get the weekly digest</h3>
                <p>Sign up for our newsletter and receive the best stories from the lab every Friday morning.</p>
                <form><input type="email"><button>Subscribe</button></form>
              </div>
              <p>The researchers say the finding could guide the design of street lights that shine downwards only, leaving the night sky dark enough for insects to keep their bearings.</p>
            </article>
            <div class="membership-promo">
              <p>Become a member for $5 a month and support independent science journalism. Cancel anytime.</p>
            </div>
          </div>
        </body>
        </html>
        """;
}
