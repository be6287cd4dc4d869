namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Israeli portals call the readers' comments under a story talkbacks ("talkbacks", "tb_list",
/// "art_tkb_talkback"): a numbered list of titled comments, each with its writer and date, that
/// is no part of the story, however long the thread runs.
/// </summary>
public class When_readers_comments_are_called_talkbacks
{
    private const string Html = """
        <html lang="he" dir="rtl"><head><title>העירייה תפתח שמונה גני ילדים חדשים</title></head><body>
          <div class="layout">
          <main class="article-main">
          <article class="art">
          <h1>העירייה תפתח שמונה גני ילדים חדשים</h1>
          <div class="art_body">
          <p>עיריית העמק תפתח שמונה גני ילדים חדשים בשכונות הצפוניות של העיר לקראת שנת הלימודים הבאה, כך הודיע אתמול ראש העירייה, אבי שטרן. עלות הפרויקט מוערכת ב-19 מיליון שקל, ורובה תמומן על ידי משרד החינוך.</p>
          <p>בשנה שעברה נותרו יותר מ-300 ילדים בני שלוש וארבע בשכונות הצפון ללא מקום בגן עירוני, והוריהם נאלצו לרשום אותם לגנים פרטיים או לגנים בשכונות מרוחקות. "קיבלנו מאות פניות מהורים מתוסכלים, ובצדק", אמר שטרן.</p>
          <p>ארבעה מהגנים ייבנו כמבנים חדשים בשכונת גבעת הזיתים, שבה נבנו בשנים האחרונות כאלף דירות חדשות. ארבעת האחרים יפעלו בכיתות פנויות בבתי ספר יסודיים קיימים, לאחר שיפוץ והתאמה.</p>
          <p>נציגת ועד ההורים העירוני, מיכל אוחיון, בירכה על ההחלטה אך הזהירה כי "ההבטחה צריכה להתממש בזמן. בשנה שעברה הובטחו לנו שני גנים שלא נפתחו עד היום".</p>
          <p>לדברי מנהלת אגף החינוך בעירייה, רונית כהן, העבודות במבנים החדשים יחלו בינואר, וההרשמה לגנים תיפתח כרגיל בחודש פברואר. "אנחנו עובדים עם לוח זמנים צפוף, אבל הוא אפשרי", אמרה.</p>
          <p>בעירייה מעריכים כי גם לאחר פתיחת הגנים יידרשו בתוך שלוש שנים עוד ארבעה גנים בצפון העיר, בשל קצב הבנייה באזור.</p>
          </div>
          <div class="art_tags"><a href="#">חינוך</a> <a href="#">גני ילדים</a> <a href="#">עיריית העמק</a></div>
          <div class="share-buttons"><a href="#">שתפו בוואטסאפ</a> <a href="#">שתפו בפייסבוק</a> <button>העתקת קישור</button></div>
          </article>
          <section id="talkbacks" class="talkbacks"><h3 class="tb_title">תגובות (27)</h3><a class="tb_add" href="#">הוסיפו תגובה</a>
          <ol class="tb_list">
          <li class="tb_item"><span class="tb_num">1.</span> <span class="tb_title_text">סוף סוף!</span> <span class="tb_name">אמא מגבעת הזיתים</span> <span class="tb_date">30.11.26</span><p class="tb_text">שלוש שנים אנחנו מחכים לזה. שיהיה בהצלחה, ושיעמדו בלוח הזמנים.</p></li>
          <li class="tb_item"><span class="tb_num">2.</span> <span class="tb_title_text">ומה עם הצהרונים?</span> <span class="tb_name">דני</span> <span class="tb_date">30.11.26</span><p class="tb_text">גנים זה טוב, אבל בלי צהרונים עד ארבע אחר הצהריים זה לא עוזר להורים שעובדים.</p></li>
          <li class="tb_item"><span class="tb_num">3.</span> <span class="tb_title_text">בחירות בדרך</span> <span class="tb_name">תושב ותיק</span> <span class="tb_date">30.11.26</span><p class="tb_text">מעניין שכל ההבטחות האלה מגיעות דווקא שנה לפני הבחירות לעירייה.</p></li>
          <li class="tb_item"><span class="tb_num">4.</span> <span class="tb_title_text">כיתות בבתי ספר</span> <span class="tb_name">גננת</span> <span class="tb_date">30.11.26</span><p class="tb_text">גן בתוך בית ספר יסודי זה לא אידיאלי. צריך חצר נפרדת ושירותים מותאמים לגיל.</p></li>
          <li class="tb_item"><span class="tb_num">5.</span> <span class="tb_title_text">תודה לוועד ההורים</span> <span class="tb_name">יעל</span> <span class="tb_date">30.11.26</span><p class="tb_text">בלי המאבק של ההורים בשנה שעברה זה לא היה קורה.</p></li>
          </ol><a class="tb_more" href="#">לכל התגובות</a></section>
          </main>
          </div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_story() =>
        Assert.Contains("בשנה שעברה נותרו יותר מ-300 ילדים", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("שלוש שנים אנחנו מחכים לזה")]
    [InlineData("גנים זה טוב")]
    [InlineData("בלי המאבק של ההורים")]
    public void Should_leave_out_the_talkbacks(string comment) =>
        Assert.DoesNotContain(comment, _cleaned.Text, StringComparison.Ordinal);
}
