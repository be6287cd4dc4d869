namespace Pipeline.Cleaning.Tests;

public class When_a_spanish_story_ends_with_its_writer_a_subscription_box_and_comments
{
    private const string Html = """
        <html lang="es"><head><title>El mercado de abastos vuelve a abrir sus puestos</title></head><body><article>
          <h1>El mercado de abastos vuelve a abrir sus puestos</h1>
          <div class="b_c">
            <p>El mercado de abastos de Alcañiz reabrió el sábado sus doce puestos tras casi dos años de obras, con una cubierta nueva y una cámara frigorífica compartida por los comerciantes.</p>
            <p>La reforma ha costado 1,1 millones de euros, que han pagado a partes iguales el Ayuntamiento y el Gobierno de Aragón, según explicó la concejal de Comercio en la inauguración.</p>
            <p>Los comerciantes confían en recuperar a los clientes que durante las obras se acostumbraron a comprar en los supermercados de las afueras, y preparan una feria para diciembre.</p>
          <div class="x_f">
            <div class="w_s"><p class="w_s_t">Sobre la firma</p><div><a href="/autor/pablo-ruiz/">Pablo Ruiz</a>
              <p class="w_s_d">Es redactor de la sección de Economía en Zaragoza. Antes trabajó en la radio local y cubrió durante diez años la información municipal.</p></div></div>
            <section class="a_s"><h3>Suscríbete para seguir leyendo</h3><p>Lee sin límites</p><a href="/suscripciones/">Seguir leyendo</a></section>
            <section id="comentarios" class="a_c"><h3>Comentarios</h3><p>Normas <a href="/normas/">›</a></p><button>Ver comentarios (17)</button></section>
          </div></div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_comment_box_with_its_rules_link() =>
        Assert.DoesNotContain("Normas", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_subscription_heading() =>
        Assert.DoesNotContain("Suscríbete", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_writers_bio() =>
        Assert.DoesNotContain("Es redactor de la sección", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_to_its_last_paragraph() =>
        Assert.EndsWith("preparan una feria para diciembre.", _cleaned.Text, StringComparison.Ordinal);
}
