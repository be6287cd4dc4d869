namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A recipe site sets a recipe as a row of boxes: a header with the title and the cook's one-line
/// note, the ingredients as a table of amounts and names, then the steps, which hold the prose.
/// The steps are chosen as the text, and the table, all short cells, never outweighs them; the
/// page's JSON-LD declares the recipe's ingredients, so the box named as the ingredients beside
/// the steps is the recipe's text too, an ingredient linked to a page about it included. Other recipes and the rating form around them still go.
/// </summary>
public class When_a_recipe_sets_its_ingredients_in_a_box_of_their_own
{
    private const string Html = """
        <html><head><title>Plum crumble with oat topping | Kitchen Notes</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Plum crumble with oat topping",
          "recipeIngredient":["500 g plums","80 g rolled oats","60 g butter","50 g brown sugar"],
          "recipeInstructions":"Halve the plums and bake them with the topping."}</script></head><body>
        <header><a href="/">Kitchen Notes</a><nav><a href="/recipes">Recipes</a> <a href="/baking">Baking</a></nav></header>
        <main class="grid">
          <article class="box recipe-header"><h1>Plum crumble with oat topping</h1><p class="summary">the crumble my grandmother made every September</p></article>
          <article class="box recipe-ingredients">
            <h2>Ingredients</h2>
            <table class="ingredients">
              <tr><td>500 g</td><td>Plums, halved and stoned</td></tr>
              <tr><td>80 g</td><td>Rolled oats</td></tr>
              <tr><td>60 g</td><td>Butter, cold</td></tr>
              <tr><td>50 g</td><td>Brown sugar</td></tr>
              <tr><td>1 tin</td><td><a href="/guide/custard">Custard, about 400 ml, to serve</a></td></tr>
            </table>
          </article>
          <article class="box steps">
            <h2>Method</h2>
            <div class="box-inner">
              <p>Heat the oven to 180 degrees. Halve the plums, take out the stones and lay them cut side up in a buttered dish.</p>
              <p>Rub the cold butter into the oats and the sugar with your fingertips until the mixture looks like coarse crumbs, then scatter it over the fruit.</p>
              <p>Bake for about 35 minutes, until the topping is golden and the juice bubbles up at the edges. Let it rest for ten minutes before serving.</p>
            </div>
          </article>
          <article class="box rate"><form><p>Rate this recipe</p><button>Send</button></form></article>
          <article class="box more"><h2>More from this cook</h2><ul><li><a href="/r/1">Apple cake</a></li><li><a href="/r/2">Pear tart</a></li><li><a href="/r/3">Cherry clafoutis</a></li></ul></article>
        </main>
        <footer><p>Kitchen Notes, recipes from readers since 2009.</p></footer>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("500 g")]
    [InlineData("Plums, halved and stoned")]
    [InlineData("Butter, cold")]
    [InlineData("Brown sugar")]
    [InlineData("Custard, about 400 ml, to serve")]
    [InlineData("Rub the cold butter into the oats and the sugar with your fingertips until the mixture looks like coarse crumbs, then scatter it over the fruit.")]
    public void Should_keep_the_ingredients_with_the_steps(string line) =>
        Assert.Contains(line, _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_set_the_ingredients_before_the_steps() =>
        Assert.InRange(_cleaned.Text.IndexOf("Plums, halved", StringComparison.Ordinal), 0, _cleaned.Text.IndexOf("Heat the oven", StringComparison.Ordinal));

    [Theory]
    [InlineData("Apple cake")]
    [InlineData("Rate this recipe")]
    [InlineData("Kitchen Notes, recipes from readers since 2009.")]
    public void Should_still_remove_what_surrounds_the_recipe(string furniture) =>
        Assert.DoesNotContain(furniture, _cleaned.Text);
}
