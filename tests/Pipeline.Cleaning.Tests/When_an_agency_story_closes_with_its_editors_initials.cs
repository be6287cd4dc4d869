namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Spanish-language news agencies close a story with their name on a line of its own and then the
/// initials of the editors who handled it, in lower case and joined by slashes ("abc/def/ghi"):
/// both are the desk's sign-off, not words of the story.
/// </summary>
public class When_an_agency_story_closes_with_its_editors_initials
{
    private const string Html = """
        <html><head><title>Uruguay amplía la red de ciclovías de Montevideo | Agencia Sur</title></head><body><main><article>
          <h1>Uruguay amplía la red de ciclovías de Montevideo</h1>
          <div class="entry-content">
            <p>Montevideo, 4 mar (AGS).- La Intendencia de Montevideo anunció este martes que sumará 35 kilómetros de ciclovías antes de fin de año, la mayor ampliación de la red desde su creación.</p>
            <p>Las nuevas vías conectarán los barrios del oeste con el centro y la rambla, y estarán separadas del tráfico por cordones de hormigón.</p>
            <p>Según datos municipales, los viajes en bicicleta crecieron un 40 % en los últimos tres años, sobre todo entre estudiantes y repartidores.</p>
            <p>AGS</p>
            <p>pqr/stu/vwx</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("AGS")]
    [InlineData("pqr/stu/vwx")]
    public void Should_remove_the_sign_off(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_keep_the_story() =>
        Assert.EndsWith("sobre todo entre estudiantes y repartidores.", _cleaned.Text);
}
