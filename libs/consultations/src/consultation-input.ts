export interface StartConsultationInput {
  topic: string;
  message: string;
}

export interface ConsultationMessageInput {
  message: string;
}
