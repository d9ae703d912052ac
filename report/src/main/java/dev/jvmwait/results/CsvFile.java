package dev.jvmwait.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A CSV file of one record type, written and read by Jackson: the header is the record's components,
 * so it exists once, in the record. Reading goes by the file's own header, so a file with fewer columns
 * (an older run) or more (a newer one) still loads; empty cells are {@code null}.
 */
public final class CsvFile<T> {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES,
                    CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quotes only where a cell needs them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // the columns in the record's order
            .addModule(new SimpleModule().addSerializer(Double.class, new WholeNumbersWithoutFraction()))
            .build();

    private final Class<T> type;
    private final CsvSchema schema;

    CsvFile(Class<T> type) {
        this.type = type;
        this.schema = MAPPER.schemaFor(type);
    }

    /** The header line, as the record defines it. */
    public String header() {
        return String.join(",", schema.getColumnNames());
    }

    /** Appends rows, with the header first if the file is new. */
    public void append(Path file, List<T> rows) throws IOException {
        boolean header = !Files.exists(file) || Files.size(file) == 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            MAPPER.writer(header ? schema.withHeader() : schema.withoutHeader()).writeValues(out).writeAll(rows);
        }
    }

    /** Every row of the file, by its header; no rows if the file does not exist. */
    public List<T> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (MappingIterator<T> rows = MAPPER.readerFor(type).with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    /** 1000.0 as {@code 1000}, 481.6 as {@code 481.6}: counts stay counts in the file. */
    private static final class WholeNumbersWithoutFraction extends StdSerializer<Double> {
        WholeNumbersWithoutFraction() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                gen.writeNumber(value.longValue());
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
