namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A recipe card on a news site (WP Recipe Maker, Tasty Recipes, Mediavine Create) sets its
/// rating, its times and its nutrition beside the ingredients and the method: the card's data
/// boxes ("wprm-recipe-times-container", "tasty-recipes-rating", "mv-create-nutrition"), not
/// the recipe. The ingredients, the steps and the cook's notes are its text.
/// </summary>
public class When_a_recipe_card_sets_its_times_rating_and_nutrition
{
    private const string Html = """
        <html><head><title>A squash soup for the first cold week</title></head><body><article>
          <h1>A squash soup for the first cold week</h1>
          <div class="entry-content">
            <p>The first properly cold week of the year always sends me to the market for a butternut squash, and this is the soup I make with it.</p>
            <div class="wprm-recipe-container"><div class="wprm-recipe">
              <div class="wprm-recipe-rating"><span>4.6 from 31 votes</span></div>
              <div class="wprm-recipe-times-container"><div><span class="wprm-recipe-details-label">Prep Time</span> <span>15 mins</span></div><div><span>Cook Time</span> <span>55 mins</span></div></div>
              <ul class="wprm-recipe-ingredients"><li>1 large butternut squash, peeled and cut into chunks</li><li>150 g red lentils, rinsed</li></ul>
              <ol class="wprm-recipe-instructions"><li>Roast the squash for 35 to 40 minutes, until soft and charred at the edges.</li><li>Simmer the lentils in the stock for 15 minutes, add the squash and blend.</li></ol>
              <div class="wprm-recipe-notes">The soup keeps for three days in the fridge and freezes well.</div>
              <div class="wprm-nutrition-label-container"><span>Calories: 231kcal</span> | <span>Protein: 11g</span> | <span>Fiber: 9g</span></div>
            </div></div>
            <div class="tasty-recipes-rating">Rated 4.8 out of 5 by 112 readers</div>
            <div class="mv-create-nutrition"><span>Yield: 6 servings</span> <span>Amount per serving: Calories 310</span></div>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("31 votes")]
    [InlineData("Prep Time")]
    [InlineData("Calories: 231kcal")]
    [InlineData("Rated 4.8 out of 5")]
    [InlineData("Amount per serving")]
    public void Should_leave_out_the_cards_data(string data) =>
        Assert.DoesNotContain(data, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("150 g red lentils, rinsed")]
    [InlineData("Roast the squash for 35 to 40 minutes")]
    [InlineData("The soup keeps for three days in the fridge and freezes well.")]
    public void Should_keep_the_ingredients_steps_and_notes(string text) =>
        Assert.Contains(text, _cleaned.Text, StringComparison.Ordinal);
}
