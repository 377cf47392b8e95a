package dev.ccwconsole.emulator.dasd;

/**
 * The 3390 models: primary and alternate cylinders, the model byte (Sense ID byte 6, RDC byte 5) and the RDC
 * device type code (byte 11) (spec §8.2).
 */
public enum Model3390 {
    MODEL_1(1, 1113, 1, 0x02, 0x26),
    MODEL_2(2, 2226, 1, 0x06, 0x27),
    MODEL_3(3, 3339, 1, 0x0A, 0x24),
    MODEL_9(9, 10017, 3, 0x0C, 0x32),
    MODEL_27(27, 32760, 3, 0x0C, 0x32),
    MODEL_54(54, 65520, 3, 0x0C, 0x32);

    public static final int HEADS = 15;

    private final int number;
    private final int cylinders;
    private final int alternateCylinders;
    private final int modelByte;
    private final int typeCode;

    Model3390(int number, int cylinders, int alternateCylinders, int modelByte, int typeCode) {
        this.number = number;
        this.cylinders = cylinders;
        this.alternateCylinders = alternateCylinders;
        this.modelByte = modelByte;
        this.typeCode = typeCode;
    }

    /** The model as written after the dash: {@code 9} for a 3390-9. */
    public int number() {
        return number;
    }

    /** Primary (user-addressable) cylinders. */
    public int cylinders() {
        return cylinders;
    }

    public int alternateCylinders() {
        return alternateCylinders;
    }

    public int modelByte() {
        return modelByte;
    }

    public int typeCode() {
        return typeCode;
    }

    public int tracks() {
        return cylinders * HEADS;
    }

    /** The standard controller: 3990-3 for the original models 1–3, 3990-6 for the larger ones. */
    public StorageControl3990 defaultControlUnit() {
        return number <= 3 ? StorageControl3990.MODEL_3 : StorageControl3990.MODEL_6;
    }

    public static Model3390 ofNumber(int number) {
        for (Model3390 model : values()) {
            if (model.number == number) {
                return model;
            }
        }
        throw new IllegalArgumentException("no 3390 model " + number + " (known: 1, 2, 3, 9, 27, 54)");
    }
}
