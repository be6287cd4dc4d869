namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented drought story whose body carries the furniture templates put between paragraphs:
/// a badge above the headline, the publication's name under the byline, an update stamp, a caption named in camelCase, a
/// related box under a label, a heading over links, a membership promo with a price and a media label.
/// </summary>
internal static class FurnitureAmongParagraphsPage
{
    public const string Html = """
        <html lang="es"><head>
          <title>Cataluña prorroga la emergencia por sequía</title>
          <meta property="og:site_name" content="El Diario del Levante">
        </head><body><main><article>
          <div class="badge">LIVE</div>
          <h1>Cataluña prorroga la emergencia por sequía</h1>
          <p>Diario del Levante</p>
          <p>Last modified on Tue 5 Mar 2024 13.40 CET</p>
          <div class="storyBody">
            <p>El Gobierno catalán ha decidido prorrogar al menos hasta mayo el estado de emergencia por sequía en Barcelona y su área metropolitana, donde viven casi seis millones de personas.</p>
            <div class="imageEmbedCaption">El embalse de Sau, con el campanario de la antigua iglesia al descubierto.</div>
            <p>Más información</p>
            <ul><li><a href="/a">Barcelona traerá agua en barco desde Sagunto</a></li><li><a href="/b">Los agricultores del Empordà, al límite</a></li></ul>
            <p>La consejera explicó que las lluvias de las últimas semanas han sido insuficientes para mejorar la situación de los embalses, que se encuentran al 15% de su capacidad.</p>
            <h2>You may also like:</h2>
            <ul><li><a href="/c">Así será el tiempo en Semana Santa</a></li><li><a href="/d">El precio de la luz baja en marzo</a></li></ul>
            <h2>La industria, con recortes</h2>
            <p>La industria deberá reducir su consumo un 25% y las actividades recreativas, como campos de golf o parques acuáticos, un 50%, según el decreto aprobado este martes.</p>
            <p>Hazte socio por 5 € al mes y apoya el periodismo local.</p>
            <h3>Video: así está el embalse de Sau</h3>
            <p>Las organizaciones agrarias criticaron que el mayor esfuerzo recaiga sobre el campo y reclamaron más ayudas para compensar las pérdidas de este año.</p>
          </div>
        </article></main></body></html>
        """;
}
