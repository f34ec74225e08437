// Runs HeidelTime (news domain, English) over many documents in one Java process.
//
// Usage: java -cp HEIDELTIME_JAR HeidelTimeBatch.java CONFIG_PROPS STEM...
// For each STEM it reads STEM.txt (the text) and STEM.dct (the creation date, YYYY-MM-DD) and
// writes STEM.tml (HeidelTime's TimeML). One process for all documents: starting the JVM and
// HeidelTime's resources costs seconds, tagging a news article a fraction of one.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        for (int i = 1; i < args.length; i++) {
            String stem = args[i];
            String text = Files.readString(Paths.get(stem + ".txt"), StandardCharsets.UTF_8);
            String dct = Files.readString(Paths.get(stem + ".dct"), StandardCharsets.UTF_8).trim();
            String timeml = tagger.process(text, day.parse(dct));
            Files.writeString(Paths.get(stem + ".tml"), timeml, StandardCharsets.UTF_8);
        }
    }
}
