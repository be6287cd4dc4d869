namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A listicle told as a slideshow puts every item in a section of the same class and hides all
/// but the first ("gallery-item" and "gallery-item hidden") until the reader clicks on. The hidden
/// sections are items of the list as much as the one on show. Two or three alike boxes shown one
/// at a time are states of one message, and a hidden dialog elsewhere on the page is chrome: they
/// still go.
/// </summary>
public class When_a_slideshow_hides_all_but_its_first_section
{
    private const string Html = """
        <html><head><title>Five gadgets that make a small flat feel bigger | Home Hints</title></head><body>
        <header><a href="/">Home Hints</a><nav><a href="/living">Living</a> <a href="/garden">Garden</a></nav></header>
        <main><article class="post">
          <h1>Five gadgets that make a small flat feel bigger</h1>
          <div class="gallery-items">
            <div class="gallery-item"><h2>1. A folding wall desk</h2><p>It folds flat against the wall when the working day is over, and the hallway is a hallway again.</p></div>
            <div class="gallery-item hidden"><h2>2. Stacking crates</h2><p>Wooden crates that lock into one another become a shelf today and a bench tomorrow.</p></div>
            <div class="gallery-item hidden"><h2>3. A mirror with a shelf</h2><p>A tall mirror doubles the light from the window and keeps keys and glasses off the floor.</p></div>
            <div class="gallery-item hidden"><h2>4. Vacuum storage bags</h2><p>Winter coats shrink to a quarter of their size and slide under the bed until October.</p></div>
            <div class="gallery-item hidden"><h2>5. A bed on a platform</h2><p>Raise the bed by half a metre and the space underneath takes two drawers and a whole summer wardrobe.</p></div>
          </div>
          <div class="notices">
            <div class="notice notice--free"><p>Free delivery on this order, and free returns for thirty days from the day it arrives at your door.</p></div>
            <div class="notice notice--paid hidden"><p>Delivery costs 4.99 on this order, and returns are free for thirty days from the day it arrives at your door.</p></div>
            <div class="notice notice--abroad hidden"><p>Delivery abroad costs 12.99 on this order, and returns are free for thirty days from the day it arrives at your door.</p></div>
          </div>
        </article></main>
        <div class="modal hidden"><p>Sign up for our weekly tips and never miss a clever storage idea again.</p></div>
        <footer><p>Home Hints, ideas for every room.</p></footer>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("It folds flat against the wall when the working day is over, and the hallway is a hallway again.")]
    [InlineData("Wooden crates that lock into one another become a shelf today and a bench tomorrow.")]
    [InlineData("Winter coats shrink to a quarter of their size and slide under the bed until October.")]
    public void Should_keep_every_section_of_the_slideshow(string paragraph) =>
        Assert.Contains(paragraph, _cleaned.Text.Split("\n\n"));

    [Theory]
    [InlineData("Sign up for our weekly tips")]
    [InlineData("Delivery costs 4.99")]
    [InlineData("Delivery abroad")]
    public void Should_still_remove_the_hidden_dialog_and_states(string hidden) =>
        Assert.DoesNotContain(hidden, _cleaned.Text);
}
